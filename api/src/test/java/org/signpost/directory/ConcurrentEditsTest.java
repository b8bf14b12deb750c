package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.TestDirectory.as;
import static org.signpost.testing.TestDirectory.etag;
import static org.signpost.testing.TestDirectory.inputOf;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryOrganisationsApi;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.model.OrganisationInput;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestDirectory;

@MicronautTest(transactional = false)
class ConcurrentEditsTest {

    @Inject
    DirectoryServicesApi services;

    @Inject
    DirectoryOrganisationsApi organisations;

    @Inject
    TestDirectory directory;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void twoEditorsStartingFromTheSameVersionCannotBothWin() throws Exception {
        UUID group = directory.organisation("Dalton Allotments");
        String first = directory.groupEditorOf(group);
        String second = directory.coordinatorToken();
        ServiceDetail start = as(first, () -> services.createService(TestDirectory.listing(group)).body());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ServiceDetail current = start;
            for (int round = 0; round < 5; round++) {
                ServiceDetail base = current;
                CountDownLatch go = new CountDownLatch(1);
                Future<Object> a = pool.submit(edit(go, first, base, "First editor's name " + round));
                Future<Object> b = pool.submit(edit(go, second, base, "Second editor's name " + round));
                go.countDown();
                List<Object> outcomes = List.of(a.get(), b.get());

                List<ServiceDetail> won = new ArrayList<>();
                List<HttpClientResponseException> lost = new ArrayList<>();
                outcomes.forEach(o -> {
                    if (o instanceof ServiceDetail d) {
                        won.add(d);
                    } else {
                        lost.add((HttpClientResponseException) o);
                    }
                });
                assertThat(won).as("round %d winners", round).hasSize(1);
                assertThat(lost).hasSize(1);
                assertThat(lost.get(0).getStatus().getCode()).isEqualTo(412);
                assertThat(lost.get(0).getResponse().getHeaders().get("ETag")).isEqualTo(etag(won.get(0)));
                current = as(second, () -> services.getService(start.getId()).body());
                assertThat(current.getName()).isEqualTo(won.get(0).getName());
                assertThat(current.getVersion()).isEqualTo(base.getVersion() + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Object> edit(CountDownLatch go, String token, ServiceDetail base, String name) {
        return () -> {
            Bearer.use(token);
            go.await();
            try {
                return services.updateService(base.getId(), inputOf(base).name(name), etag(base)).body();
            } catch (HttpClientResponseException e) {
                return e;
            } finally {
                Bearer.clear();
            }
        };
    }

    @Test
    void aStaleVersionIs412WithTheCurrentETagAndAMissingOneIs428() {
        UUID group = directory.organisation("Brinsworth Bowls");
        Bearer.use(directory.groupEditorOf(group));
        ServiceDetail v1 = services.createService(TestDirectory.listing(group)).body();
        ServiceDetail v2 = services.updateService(v1.getId(), inputOf(v1).name("Brinsworth Bowls Club"), etag(v1)).body();

        Problem stale = expectProblem(HttpStatus.PRECONDITION_FAILED,
                () -> services.updateService(v1.getId(), inputOf(v1).name("Overwrite"), etag(v1)));
        Problem missing = expectProblem(HttpStatus.PRECONDITION_REQUIRED,
                () -> services.updateService(v1.getId(), inputOf(v1).name("Overwrite"), null));

        assertThat(stale.getErrors()).extracting(e -> e.getField()).containsExactly("If-Match");
        assertThat(missing.getErrors()).extracting(e -> e.getField()).containsExactly("If-Match");
        expectProblem(HttpStatus.PRECONDITION_REQUIRED, () -> services.deleteService(v1.getId(), null));
        expectProblem(HttpStatus.PRECONDITION_REQUIRED, () -> services.confirmService(v1.getId(), null));
        expectProblem(HttpStatus.PRECONDITION_FAILED, () -> services.confirmService(v1.getId(), etag(v1)));
        expectProblem(HttpStatus.PRECONDITION_FAILED, () -> services.deleteService(v1.getId(), etag(v1)));
        expectProblem(HttpStatus.PRECONDITION_REQUIRED, () -> organisations.updateOrganisation(group, new OrganisationInput("New"), null));
        ServiceDetail now = services.getService(v1.getId()).body();
        assertThat(now.getName()).isEqualTo("Brinsworth Bowls Club");
        assertThat(now.getVersion()).isEqualTo(v2.getVersion());
        assertThat(now.getDeletedAt()).isNull();
    }

    @Test
    void aStaleOrganisationEditIs412() {
        UUID group = directory.organisation("Catcliffe Cubs");
        Bearer.use(directory.groupEditorOf(group));
        var first = organisations.getOrganisation(group);
        organisations.updateOrganisation(group, new OrganisationInput("Catcliffe Cubs and Scouts"), first.getHeaders().get("ETag"));

        expectProblem(HttpStatus.PRECONDITION_FAILED,
                () -> organisations.updateOrganisation(group, new OrganisationInput("Catcliffe Beavers"), first.getHeaders().get("ETag")));
        assertThat(organisations.getOrganisation(group).body().getName()).isEqualTo("Catcliffe Cubs and Scouts");
    }
}
