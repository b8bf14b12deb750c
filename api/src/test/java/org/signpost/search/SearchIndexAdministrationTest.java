package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.signpost.testing.Problems.expectProblem;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SearchAdminApi;
import org.signpost.contract.model.ConsistencyReport;
import org.signpost.contract.model.RebuildProgress;
import org.signpost.contract.model.RebuildProgressState;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.indexer.DirectoryRows;
import org.signpost.testing.TestUsers;

@MicronautTest(transactional = false)
class SearchIndexAdministrationTest {

    @Inject
    SearchAdminApi admin;

    @Inject
    TestUsers users;

    @Inject
    DirectoryRows rows;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void anAdminRebuildsTheIndexAndTheCheckFindsNothingToRepair() {
        rows.verifiedService("Thurcroft Lunch Club", 53.3950, -1.2580);
        users.actAs(Role.ADMIN);
        awaitOutboxEmpty();

        RebuildProgress started = admin.startSearchRebuild().body();
        assertThat(started).isNotNull();
        RebuildProgress progress = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .pollInSameThread() // the client sends the bearer token of this thread
                .until(admin::searchRebuildProgress, p -> {
                    assertThat(p.getState()).isNotEqualTo(RebuildProgressState.FAILED);
                    return p.getState() == RebuildProgressState.DONE;
                });
        assertThat(progress.getServices()).isPositive();
        awaitOutboxEmpty();

        ConsistencyReport report = admin.checkSearchConsistency(false);
        assertThat(report.getTotalDifferences()).isZero();
        assertThat(report.getServices()).isEqualTo(progress.getServices());
    }

    @Test
    void onlyAnAdminMayRebuildOrCheck() {
        users.actAs(Role.COORDINATOR);

        expectProblem(HttpStatus.FORBIDDEN, () -> admin.startSearchRebuild());
        expectProblem(HttpStatus.FORBIDDEN, () -> admin.checkSearchConsistency(true));
    }

    private void awaitOutboxEmpty() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(rows::pendingOutboxRows, n -> n == 0);
    }
}
