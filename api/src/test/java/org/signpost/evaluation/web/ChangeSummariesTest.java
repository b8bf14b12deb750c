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
import org.signpost.evaluation.model.CellKeyPerturbation;
import org.signpost.evaluation.model.ChangeSummary;
import org.signpost.evaluation.model.PairedChangeStatistics;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestDatabase;
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

    @Inject
    CellKeyPerturbation perturbation;

    @Inject
    TestDatabase database;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aSmallPracticeIsSuppressedAndSoIsTheNextSmallestSoTheTotalCannotGiveItAway() throws Exception {
        SocialPrescribing.Team team = scenario.team();
        List<EvaluationScenario.Person> big = new ArrayList<>(scenario.people(team, 4, "C89001", true, 3, 2));
        big.addAll(scenario.people(team, 3, "C89001", true, 3, 1));
        List<EvaluationScenario.Person> everyone = new ArrayList<>(big);
        everyone.addAll(scenario.people(team, 6, "C89002", true, 3, 2));
        everyone.addAll(scenario.people(team, 2, "C89003", true, 2, 3));
        scenario.people(team, 3, "C89003", false, 3, 1);
        users.actAs(Role.EVALUATOR);

        ChangeSummaryReport report = evaluation.getChangeSummary("ucla3", EvaluationGrouping.PRACTICE, null, null, team.schemeId(), null,
                null);

        assertThat(report.getThreshold()).isEqualTo(5);
        ChangeSummaryScore total = report.getScores().get(0);
        assertThat(total.getScoreKey()).isEqualTo("total");
        ChangeSummaryGroup published = group(total, "C89001");
        assertThat(published.getSuppressed()).isFalse();
        ChangeSummary truth = PairedChangeStatistics.summarise(changes(4, 9, 6, 3, 9, 3));
        ChangeSummary expected = perturbation.summary(truth, keys(big, truth), "ucla3:total", 1.0);
        assertThat(published.getN()).as("7 people, perturbed by their cell key").isEqualTo(expected.n()).isBetween(5, 9);
        assertThat(published.getMeanChange()).as("the true mean plus the cell's sum noise over n")
                .isCloseTo(expected.meanChange().getAsDouble(), within(0.001))
                .isNotCloseTo(truth.meanChange().getAsDouble(), within(0.0005));
        assertThat(published.getCiLower()).isCloseTo(expected.confidenceInterval95().orElseThrow().lower(), within(0.001));
        assertThat(published.getCiUpper()).isCloseTo(expected.confidenceInterval95().orElseThrow().upper(), within(0.001));
        assertThat(published.getPercentImproved()).isCloseTo(expected.percentImproved().getAsDouble(), within(0.001));
        ChangeSummaryGroup small = group(total, "C89003");
        assertThat(small.getSuppressed()).as("2 people: below the threshold").isTrue();
        assertThat(small.getN()).isNull();
        assertThat(small.getMeanChange()).isNull();
        assertThat(small.getPercentImproved()).isNull();
        ChangeSummaryGroup protecting = group(total, "C89002");
        assertThat(protecting.getSuppressed()).as("6 people, withheld so 15 - 7 does not give the small practice away").isTrue();
        assertThat(protecting.getN()).isNull();
        assertThat(total.getTotal().getSuppressed()).isFalse();
        int totalN = (int) perturbation.count(15, keys(everyone, truth).all());
        assertThat(total.getTotal().getN()).as("non-consenting residents are not counted; 15, perturbed").isEqualTo(totalN);

        ChangeSummaryReport again = evaluation.getChangeSummary("ucla3", EvaluationGrouping.PRACTICE, null, null, team.schemeId(), null,
                null);
        assertThat(again).as("the same cells always get the same noise: asking again averages nothing away").isEqualTo(report);

        String csv = evaluation.exportChangeSummaries("ucla3", EvaluationGrouping.PRACTICE, EvaluationExportFormat.CSV, null, null,
                team.schemeId(), null, null).toString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).contains("score_key,group,suppressed,n,mean_change,ci_lower,ci_upper,percent_improved",
                "total,C89003,true,,,,,", "total,C89002,true,,,,,");
        assertThat(csv.lines().filter(l -> l.startsWith("total,total,false," + totalN + ",")).count()).isEqualTo(1);
    }

    @Test
    void aDayInsteadOfAMonthOrQuarterIsRefusedNamingTheParameterAndTheAllowedForm() {
        SocialPrescribing.Team team = scenario.team();
        scenario.people(team, 5, "C89006", true, 3, 2);
        users.actAs(Role.EVALUATOR);
        String lastDay = EvaluationScenario.FOLLOW_UP.withDayOfMonth(EvaluationScenario.FOLLOW_UP.lengthOfMonth()).toString();

        var day = expectProblem(HttpStatus.BAD_REQUEST, () -> evaluation.getChangeSummary("ucla3", EvaluationGrouping.SEX, null, lastDay,
                team.schemeId(), null, null));
        assertThat(day.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getField()).isEqualTo("to");
            assertThat(e.getDetail()).contains("yyyy-MM", "yyyy-Qn");
        });
        String thisMonth = java.time.YearMonth.now().toString();
        var unfinished = expectProblem(HttpStatus.BAD_REQUEST, () -> evaluation.exportChangeSummaries("ucla3", EvaluationGrouping.SEX,
                null, null, thisMonth, team.schemeId(), null, null));
        assertThat(unfinished.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getField()).isEqualTo("to");
            assertThat(e.getDetail()).contains("has not ended");
        });
        java.time.YearMonth followUpMonth = java.time.YearMonth.from(EvaluationScenario.FOLLOW_UP);
        String month = followUpMonth.toString();
        ChangeSummaryReport byMonth = evaluation.getChangeSummary("ucla3", EvaluationGrouping.SEX, month, month, team.schemeId(), null, null);
        assertThat(byMonth.getFrom()).isEqualTo(followUpMonth.atDay(1));
        assertThat(byMonth.getTo()).isEqualTo(followUpMonth.atEndOfMonth());
        int quarter = (followUpMonth.getMonthValue() + 2) / 3;
        if (java.time.YearMonth.of(followUpMonth.getYear(), 3 * quarter).isBefore(java.time.YearMonth.now())) {
            String q = followUpMonth.getYear() + "-Q" + quarter;
            ChangeSummaryReport byQuarter = evaluation.getChangeSummary("ucla3", EvaluationGrouping.SEX, q, q, team.schemeId(), null, null);
            assertThat(byQuarter.getTo()).isEqualTo(java.time.YearMonth.of(followUpMonth.getYear(), 3 * quarter).atEndOfMonth());
        }
    }

    @Test
    void needsOverlapSoNoTotalIsGivenAndTheLinkWorkerIsAPseudonym() {
        SocialPrescribing.Team team = scenario.team();
        scenario.people(team, 6, "C89004", true, 3, 2);
        users.actAs(Role.EVALUATOR);
        ChangeSummaryReport byNeed = evaluation.getChangeSummary("ucla3", EvaluationGrouping.NEED, null, null, team.schemeId(), null, null);
        assertThat(byNeed.getScores().get(0).getTotal()).isNull();
        assertThat(byNeed.getNote()).contains("no total");
        assertThat(group(byNeed.getScores().get(0), "sp-loneliness").getN()).as("6, perturbed").isBetween(5, 8);

        ChangeSummaryReport byWorker = evaluation.getChangeSummary("ucla3", EvaluationGrouping.LINK_WORKER, null, null, team.schemeId(),
                null, null);
        assertThat(byWorker.getScores().get(0).getGroups()).singleElement().satisfies(g -> {
            assertThat(g.getGroup()).isEqualTo("unassigned");
            assertThat(g.getN()).as("6, perturbed").isBetween(5, 8);
        });
        ChangeSummaryReport byTime = evaluation.getChangeSummary("ucla3", EvaluationGrouping.TIME_IN_SERVICE, null, null, team.schemeId(),
                null, null);
        assertThat(group(byTime.getScores().get(0), "12-25 weeks").getN()).as("the same 6 people, the same noise")
                .isEqualTo(group(byNeed.getScores().get(0), "sp-loneliness").getN());
        ChangeSummaryReport byAge = evaluation.getChangeSummary("ucla3", EvaluationGrouping.AGE_BAND, null, null, team.schemeId(), null,
                null);
        assertThat(byAge.getScores().get(0).getGroups()).extracting(ChangeSummaryGroup::getGroup).containsExactly("65-74");
        String monthAfter = java.time.YearMonth.from(EvaluationScenario.FOLLOW_UP).plusMonths(1).toString();
        var later = expectProblem(HttpStatus.BAD_REQUEST, () -> evaluation.getChangeSummary("ucla3", EvaluationGrouping.SEX,
                monthAfter, null, team.schemeId(), null, null));
        assertThat(later.getErrors()).extracting(e -> e.getField()).containsExactly("from", "to", "scheme_id", "measure_id");
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
                .get(0).getTotal().getN()).as("5, perturbed, never below the threshold").isBetween(5, 7);
    }

    /** The cell keys of these people (their stored record keys), the improved and worse ones as the truth has them. */
    private CellKeyPerturbation.GroupKeys keys(List<EvaluationScenario.Person> people, ChangeSummary truth) {
        CellKeyPerturbation.GroupKeys keys = CellKeyPerturbation.GroupKeys.empty();
        for (EvaluationScenario.Person person : people) {
            int recordKey = (int) database.count("SELECT record_key FROM resident WHERE id = ?", person.resident().getId());
            keys.all().add(recordKey);
        }
        if (truth.improved() == people.size()) {
            keys.improved().add(keys.all());
        }
        return keys;
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
