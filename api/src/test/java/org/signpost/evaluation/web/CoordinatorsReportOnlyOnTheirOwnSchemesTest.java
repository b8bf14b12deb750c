package org.signpost.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.EvaluationApi;
import org.signpost.contract.client.MeccApi;
import org.signpost.contract.model.ChangeSummaryGroup;
import org.signpost.contract.model.ChangeSummaryReport;
import org.signpost.contract.model.EvaluationExportFormat;
import org.signpost.contract.model.EvaluationGrouping;
import org.signpost.contract.model.MeccAction;
import org.signpost.contract.model.MeccConversationRequest;
import org.signpost.contract.model.MeccDimension;
import org.signpost.contract.model.MeccLevel;
import org.signpost.contract.model.MeccPractitionerRequest;
import org.signpost.contract.model.MeccReport;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestUsers;

/**
 * A coordinator's change summaries, their export and MECC reports cover the coordinator's own
 * schemes: naming another scheme is refused (403), naming none means "all of mine". Evaluators
 * and administrators report across schemes as before.
 */
@MicronautTest(transactional = false)
class CoordinatorsReportOnlyOnTheirOwnSchemesTest {

    @Inject
    EvaluationScenario scenario;

    @Inject
    EvaluationApi evaluation;

    @Inject
    MeccApi mecc;

    @Inject
    TestUsers users;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aCoordinatorSummarisesTheirOwnSchemeAndNoOtherWhileAnEvaluatorSeesBoth() {
        SocialPrescribing.Team ours = scenario.team();
        SocialPrescribing.Team theirs = scenario.team();
        scenario.people(ours, 5, "C81101", true, 3, 2);
        scenario.people(theirs, 5, "C81102", true, 3, 1);

        act(ours.coordinator());
        expectProblem(HttpStatus.FORBIDDEN, () -> evaluation.getChangeSummary("ucla3", EvaluationGrouping.SCHEME, null, null,
                theirs.schemeId(), null, null));
        expectProblem(HttpStatus.FORBIDDEN, () -> evaluation.exportChangeSummaries("ucla3", EvaluationGrouping.SCHEME,
                EvaluationExportFormat.CSV, null, null, theirs.schemeId(), null, null));
        assertThat(evaluation.getChangeSummary("ucla3", EvaluationGrouping.SCHEME, null, null, ours.schemeId(), null, null)
                .getScores().get(0).getTotal().getN()).as("5 people, published with cell-key noise").isBetween(5, 7);

        ChangeSummaryReport mine = evaluation.getChangeSummary("ucla3", EvaluationGrouping.SCHEME, null, null, null, null, null);
        assertThat(mine.getScores().get(0).getGroups()).extracting(ChangeSummaryGroup::getGroup)
                .as("no scheme named: the coordinator's own schemes only").containsExactly(ours.schemeId().toString());
        assertThat(mine.getScores().get(0).getTotal().getN()).as("5 people, published with cell-key noise").isBetween(5, 7);
        String csv = evaluation.exportChangeSummaries("ucla3", EvaluationGrouping.SCHEME, EvaluationExportFormat.CSV, null, null, null,
                null, null).toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(ours.schemeId().toString()).doesNotContain(theirs.schemeId().toString());

        users.actAs(Role.COORDINATOR);
        expectProblem(HttpStatus.FORBIDDEN, () -> evaluation.getChangeSummary("ucla3", EvaluationGrouping.SCHEME, null, null,
                ours.schemeId(), null, null));

        users.actAs(Role.EVALUATOR);
        assertThat(evaluation.getChangeSummary("ucla3", EvaluationGrouping.SCHEME, null, null, theirs.schemeId(), null, null)
                .getScores().get(0).getTotal().getN()).as("5 people, published with cell-key noise").isBetween(5, 7);
        assertThat(evaluation.getChangeSummary("ucla3", EvaluationGrouping.SCHEME, null, null, null, null, null).getScores().get(0)
                .getGroups()).extracting(ChangeSummaryGroup::getGroup).contains(ours.schemeId().toString(), theirs.schemeId().toString());
    }

    @Test
    void aCoordinatorsMeccReportCountsWhatTheStaffOfTheirSchemesRecorded() {
        SocialPrescribing.Team ours = scenario.team();
        SocialPrescribing.Team theirs = scenario.team();
        int year = 1960 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 25);
        LocalDate day = LocalDate.of(year, 6, 10);
        record(practitioner(ours.linkWorker()), day, 6);
        record(practitioner(theirs.linkWorker()), day, 7);

        String june = day.getYear() + "-06";
        // published counts carry cell-key noise of at most 2 either way (never below the threshold of 5): 6 reads as 5-8,
        // 13 as 11-15, so the two ranges cannot be confused
        act(ours.coordinator());
        MeccReport mine = mecc.meccReport(MeccDimension.LEVEL, null, june, june);
        assertThat(mine.getGrandTotal().getCount()).isBetween(5L, 8L);

        users.actAs(Role.COORDINATOR);
        MeccReport none = mecc.meccReport(MeccDimension.LEVEL, null, june, june);
        assertThat(none.getGrandTotal().getCount()).as("a coordinator of no scheme counts nothing").isIn(null, 0L);

        users.actAs(Role.EVALUATOR);
        MeccReport all = mecc.meccReport(MeccDimension.LEVEL, null, june, june);
        assertThat(all.getGrandTotal().getCount()).isBetween(11L, 15L);
    }

    private String practitioner(String username) {
        users.actAs(Role.ADMIN);
        mecc.setMeccPractitioner(new MeccPractitionerRequest(username, true));
        return username;
    }

    private void record(String practitioner, LocalDate day, int times) {
        act(practitioner);
        for (int i = 0; i < times; i++) {
            mecc.recordMeccConversation(new MeccConversationRequest(day, "pharmacy", List.of("smoking"), MeccLevel.VERY_BRIEF_ADVICE,
                    MeccAction.INFORMATION_GIVEN), null);
        }
    }

    private void act(String username) {
        Bearer.use(users.signIn(username).getAccessToken());
    }
}
