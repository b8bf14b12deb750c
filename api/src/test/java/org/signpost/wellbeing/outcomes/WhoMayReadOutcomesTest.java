package org.signpost.wellbeing.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.wellbeing.outcomes.OutcomeFixtures.DIRECT_CARE;
import static org.signpost.wellbeing.outcomes.OutcomeFixtures.request;
import static org.signpost.wellbeing.outcomes.OutcomeFixtures.ucla3;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.AuditApi;
import org.signpost.contract.client.OutcomesApi;
import org.signpost.contract.model.AuditEntry;
import org.signpost.contract.model.AuditEntryOutcome;
import org.signpost.contract.model.OutcomeCorrection;
import org.signpost.contract.model.OutcomeRecord;
import org.signpost.contract.model.OutcomeTimepoint;
import org.signpost.contract.model.PurposeOfUse;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestUsers;

/** Only link workers and coordinators of the resident's scheme read or write outcomes; every refusal is audited. */
@MicronautTest(transactional = false)
class WhoMayReadOutcomesTest {

    @Inject
    OutcomeFixtures fixtures;

    @Inject
    OutcomesApi outcomes;

    @Inject
    AuditApi audit;

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aGroupAnotherSchemeAndAnEvaluatorAreRefused() {
        OutcomeFixtures.Case mary = fixtures.accepted(10);
        OutcomeRecord baseline = fixtures.record(mary, "ucla3", OutcomeTimepoint.BASELINE, null, LocalDate.now(), ucla3(2, 2, 2));
        fixtures.act(mary.team().coordinator());
        assertThat(outcomes.listEpisodeOutcomes(mary.episodeId(), DIRECT_CARE, 1, 10).getItems()).hasSize(1);

        users.actAs(Role.GROUP_EDITOR);
        expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.listEpisodeOutcomes(mary.episodeId(), "REFERRAL_MANAGEMENT", 1, 10));
        expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.getEpisodeOutcomeChanges(mary.episodeId(), "REFERRAL_MANAGEMENT"));

        String elsewhere = sp.team().linkWorker();
        fixtures.act(elsewhere);
        expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.listEpisodeOutcomes(mary.episodeId(), DIRECT_CARE, 1, 10));
        expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.getEpisodeOutcomeChanges(mary.episodeId(), DIRECT_CARE));
        expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.getResidentOutcomeChanges(mary.residentId(), DIRECT_CARE));
        expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.recordOutcome(mary.episodeId(),
                request("ucla3", OutcomeTimepoint.DISCHARGE, null, LocalDate.now(), ucla3(1, 1, 1)), DIRECT_CARE));
        expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.correctOutcome(baseline.getId(),
                new OutcomeCorrection("not mine").completedOn(LocalDate.now()), DIRECT_CARE));

        users.actAs(Role.EVALUATOR);
        expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.listEpisodeOutcomes(mary.episodeId(), DIRECT_CARE, 1, 10));
        expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.getEpisodeOutcomeChanges(mary.episodeId(), DIRECT_CARE));

        assertThat(fixtures.records(mary.episodeId())).isEqualTo(1);
        users.actAs(Role.ADMIN);
        List<AuditEntry> entries = audit.listAuditLog(mary.residentId(), 1, 100).getItems();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getActorUsername()).isEqualTo(elsewhere);
            assertThat(e.getOutcome()).isEqualTo(AuditEntryOutcome.DENIED);
            assertThat(e.getAction().getValue()).isEqualTo("read");
            assertThat(e.getPurpose()).isEqualTo(PurposeOfUse.DIRECT_CARE);
            assertThat(e.getResourceId()).isEqualTo(mary.episodeId().toString());
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getActorUsername()).isEqualTo(mary.team().coordinator());
            assertThat(e.getOutcome()).isEqualTo(AuditEntryOutcome.ALLOWED);
            assertThat(e.getFields()).containsExactly("outcomes");
        });
    }
}
