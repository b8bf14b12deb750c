package org.signpost.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.signpost.testing.Problems.expectProblem;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.EvaluationApi;
import org.signpost.contract.model.ChangeSummaryGroup;
import org.signpost.contract.model.ChangeSummaryReport;
import org.signpost.contract.model.ChangeSummaryScore;
import org.signpost.contract.model.EvaluationExportFormat;
import org.signpost.contract.model.EvaluationGrouping;
import org.signpost.evaluation.model.ChangeSummary;
import org.signpost.evaluation.model.PairedChangeStatistics;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestUsers;
import org.signpost.wellbeing.model.ChangeClassification;
import org.signpost.wellbeing.model.Direction;

/**
 * Change summaries: per group n, mean change with its paired 95% interval and % improved; a
 * small group suppressed, and the next smallest too so the total cannot give it away.
 */
@MicronautTest(transactional = false)
class ChangeSummariesTest {

    @Inject
    EvaluationScenario scenario;

    @Inject
    EvaluationApi evaluation;

    @Inject
    TestUsers users;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aSmallPracticeIsSuppressedAndSoIsTheNextSmallestSoTheTotalCannotGiveItAway() throws Exception {
        SocialPrescribing.Team team = scenario.team();
        scenario.people(team, 4, "C89001", true, 3, 2);
        scenario.people(team, 3, "C89001", true, 3, 1);
        scenario.people(team, 6, "C89002", true, 3, 2);
        scenario.people(team, 2, "C89003", true, 2, 3);
        scenario.people(team, 3, "C89003", false, 3, 1);
        users.actAs(Role.EVALUATOR);

        ChangeSummaryReport report = evaluation.getChangeSummary("ucla3", EvaluationGrouping.PRACTICE, null, null, team.schemeId(), null,
                null);

        assertThat(report.getThreshold()).isEqualTo(5);
        ChangeSummaryScore total = report.getScores().get(0);
        assertThat(total.getScoreKey()).isEqualTo("total");
        ChangeSummaryGroup big = group(total, "C89001");
        assertThat(big.getSuppressed()).isFalse();
        assertThat(big.getN()).isEqualTo(7);
        ChangeSummary expected = PairedChangeStatistics.summarise(changes(4, 9, 6, 3, 9, 3));
        assertThat(big.getMeanChange()).isCloseTo(expected.meanChange().getAsDouble(), within(0.001));
        assertThat(big.getCiLower()).isCloseTo(expected.confidenceInterval95().orElseThrow().lower(), within(0.001));
        assertThat(big.getCiUpper()).isCloseTo(expected.confidenceInterval95().orElseThrow().upper(), within(0.001));
        assertThat(big.getPercentImproved()).isEqualTo(100.0);
        ChangeSummaryGroup small = group(total, "C89003");
        assertThat(small.getSuppressed()).as("2 people: below the threshold").isTrue();
        assertThat(small.getN()).isNull();
        assertThat(small.getMeanChange()).isNull();
        assertThat(small.getPercentImproved()).isNull();
        ChangeSummaryGroup protecting = group(total, "C89002");
        assertThat(protecting.getSuppressed()).as("6 people, withheld so 15 - 7 does not give the small practice away").isTrue();
        assertThat(protecting.getN()).isNull();
        assertThat(total.getTotal().getSuppressed()).isFalse();
        assertThat(total.getTotal().getN()).as("non-consenting residents are not counted").isEqualTo(15);

        String csv = evaluation.exportChangeSummaries("ucla3", EvaluationGrouping.PRACTICE, EvaluationExportFormat.CSV, null, null,
                team.schemeId(), null, null).toString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).contains("score_key,group,suppressed,n,mean_change,ci_lower,ci_upper,percent_improved",
                "total,C89003,true,,,,,", "total,C89002,true,,,,,");
        assertThat(csv.lines().filter(l -> l.startsWith("total,total,false,15,")).count()).isEqualTo(1);
    }

    @Test
    void needsOverlapSoNoTotalIsGivenAndTheLinkWorkerIsAPseudonym() {
        SocialPrescribing.Team team = scenario.team();
        scenario.people(team, 6, "C89004", true, 3, 2);
        users.actAs(Role.EVALUATOR);
        ChangeSummaryReport byNeed = evaluation.getChangeSummary("ucla3", EvaluationGrouping.NEED, null, null, team.schemeId(), null, null);
        assertThat(byNeed.getScores().get(0).getTotal()).isNull();
        assertThat(byNeed.getNote()).contains("no total");
        assertThat(group(byNeed.getScores().get(0), "sp-loneliness").getN()).isEqualTo(6);

        ChangeSummaryReport byWorker = evaluation.getChangeSummary("ucla3", EvaluationGrouping.LINK_WORKER, null, null, team.schemeId(),
                null, null);
        assertThat(byWorker.getScores().get(0).getGroups()).singleElement().satisfies(g -> {
            assertThat(g.getGroup()).isEqualTo("unassigned");
            assertThat(g.getN()).isEqualTo(6);
        });
        ChangeSummaryReport byTime = evaluation.getChangeSummary("ucla3", EvaluationGrouping.TIME_IN_SERVICE, null, null, team.schemeId(),
                null, null);
        assertThat(group(byTime.getScores().get(0), "12-25 weeks").getN()).isEqualTo(6);
        ChangeSummaryReport byAge = evaluation.getChangeSummary("ucla3", EvaluationGrouping.AGE_BAND, null, null, team.schemeId(), null,
                null);
        assertThat(byAge.getScores().get(0).getGroups()).extracting(ChangeSummaryGroup::getGroup).containsExactly("65-74");
        var later = expectProblem(HttpStatus.BAD_REQUEST, () -> evaluation.getChangeSummary("ucla3", EvaluationGrouping.SEX,
                EvaluationScenario.FOLLOW_UP.plusDays(1), null, team.schemeId(), null, null));
        assertThat(later.getErrors()).extracting(e -> e.getField()).containsExactly("from", "scheme_id", "measure_id");
    }

    @Test
    void onlyEvaluatorsCoordinatorsAndAdministratorsSeeSummaries() {
        SocialPrescribing.Team team = scenario.team();
        scenario.people(team, 5, "C89005", true, 3, 2);
        for (Role role : List.of(Role.LINK_WORKER, Role.GROUP_EDITOR, Role.RESIDENT)) {
            users.actAs(role);
            expectProblem(HttpStatus.FORBIDDEN, () -> evaluation.getChangeSummary("ucla3", EvaluationGrouping.SEX, null, null,
                    team.schemeId(), null, null));
            expectProblem(HttpStatus.FORBIDDEN, () -> evaluation.exportChangeSummaries("ucla3", EvaluationGrouping.SEX, null, null, null,
                    team.schemeId(), null, null));
        }
        Bearer.use(users.signIn(team.coordinator()).getAccessToken());
        assertThat(evaluation.getChangeSummary("ucla3", EvaluationGrouping.SEX, null, null, team.schemeId(), null, null).getScores()
                .get(0).getTotal().getN()).isEqualTo(5);
    }

    private static ChangeSummaryGroup group(ChangeSummaryScore score, String key) {
        return score.getGroups().stream().filter(g -> g.getGroup().equals(key)).findFirst().orElseThrow();
    }

    /** UCLA-3 totals: {@code n1} people from b1 to l1, {@code n2} from b2 to l2 (lower is better, threshold 1). */
    private static List<ChangeClassification.Change> changes(int n1, int b1, int l1, int n2, int b2, int l2) {
        List<ChangeClassification.Change> out = new ArrayList<>();
        for (int i = 0; i < n1; i++) {
            out.add(ChangeClassification.classify(Direction.LOWER_IS_BETTER, BigDecimal.ONE, BigDecimal.valueOf(b1), BigDecimal.valueOf(l1)));
        }
        for (int i = 0; i < n2; i++) {
            out.add(ChangeClassification.classify(Direction.LOWER_IS_BETTER, BigDecimal.ONE, BigDecimal.valueOf(b2), BigDecimal.valueOf(l2)));
        }
        return out;
    }
}
