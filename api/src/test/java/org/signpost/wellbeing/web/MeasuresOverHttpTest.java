package org.signpost.wellbeing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.wellbeing.web.ScoreRequests.request;
import static org.signpost.testing.Problems.expectProblem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.MeasuresApi;
import org.signpost.contract.model.FieldError;
import org.signpost.contract.model.Measure;
import org.signpost.contract.model.MeasureDirection;
import org.signpost.contract.model.MeasureItem;
import org.signpost.contract.model.MeasureScore;
import org.signpost.contract.model.MeasureScoringMethod;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.Score;
import org.signpost.contract.model.ScoreKind;
import org.signpost.contract.model.ScoreRequest;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestUsers;

/** The measure catalogue and the scorer, through the generated client as the mobile app uses them. */
@MicronautTest(transactional = false)
class MeasuresOverHttpTest {

    static final Map<String, Integer> ONS4_ANSWERS = Map.of("life_satisfaction", 7, "worthwhile", 9, "happy_yesterday", 4,
            "anxious_yesterday", 6);

    @Inject
    MeasuresApi measures;

    @Inject
    TestUsers users;

    @Inject
    @Client("signpost")
    HttpClient raw;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void everySignedInRoleSeesTheEnabledMeasuresOnly() {
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN))) {
            users.actAs(role);

            assertThat(measures.listMeasures().getMeasures()).as("%s", role).extracting(Measure::getId).containsExactly("ons4", "ucla3");
        }
    }

    @Test
    void anAdminAlsoSeesTheDisabledMeasuresFlaggedAsSuch() {
        users.actAs(Role.ADMIN);

        Map<String, Boolean> enabled = new HashMap<>();
        measures.listMeasures().getMeasures().forEach(m -> enabled.put(m.getId(), m.getEnabled()));

        assertThat(enabled).containsExactlyInAnyOrderEntriesOf(Map.of("ons4", true, "ucla3", true, "swemwbs", false, "wemwbs", false));
        Measure swemwbs = measures.getMeasure("swemwbs");
        assertThat(swemwbs.getEnabled()).isFalse();
        assertThat(swemwbs.getScoring()).isEqualTo(MeasureScoringMethod.TABLE);
        assertThat(swemwbs.getConversionTable()).hasSize(29);
        assertThat(swemwbs.getConversionTable().get(13).getRaw()).isEqualTo(20);
        assertThat(swemwbs.getConversionTable().get(13).getScore()).isEqualByComparingTo("18.59");
        assertThat(swemwbs.getScoreRange().getMin()).isEqualByComparingTo("7.00");
        assertThat(swemwbs.getScoreRange().getMax()).isEqualByComparingTo("35.00");
        assertThat(swemwbs.getLicence()).contains("Warwick");
    }

    @Test
    void aMeasureComesWithItsItemsRangesBandsDirectionsAndLicence() {
        users.actAs(Role.RESIDENT);

        Measure ons4 = measures.getMeasure("ons4");

        assertThat(ons4.getScoring()).isEqualTo(MeasureScoringMethod.NONE);
        assertThat(ons4.getScoreRange()).isNull();
        assertThat(ons4.getLicence()).contains("Office for National Statistics");
        MeasureItem anxiety = ons4.getItems().get(3);
        assertThat(anxiety.getId()).isEqualTo("anxious_yesterday");
        assertThat(anxiety.getMin()).isZero();
        assertThat(anxiety.getMax()).isEqualTo(10);
        assertThat(anxiety.getDirection()).isEqualTo(MeasureDirection.LOWER_IS_BETTER);
        assertThat(anxiety.getBands()).extracting(b -> b.getLabel() + " " + b.getFrom() + "-" + b.getTo())
                .containsExactly("Very low 0-1", "Low 2-3", "Medium 4-5", "High 6-10");
        assertThat(anxiety.getAnswerLabels()).extracting(l -> l.getValue() + " " + l.getLabel())
                .containsExactly("0 Not at all anxious", "10 Completely anxious");
        Measure ucla3 = measures.getMeasure("ucla3");
        assertThat(ucla3.getScoreRange().getMin()).isEqualByComparingTo("3");
        assertThat(ucla3.getScoreRange().getMax()).isEqualByComparingTo("9");
        assertThat(ucla3.getDirection()).isEqualTo(MeasureDirection.LOWER_IS_BETTER);
    }

    @Test
    void aDisabledMeasureIsNotEnabledInThisDeploymentWhereverItIsAskedForAndAnUnknownOneIsNotFound() {
        String token = users.actAs(Role.LINK_WORKER).getAccessToken();

        // the declarative client answers a 404 with no body (null); the raw response is a problem
        assertThat(measures.getMeasure("outcomes-star")).isNull();
        Problem read = expectProblem(HttpStatus.CONFLICT, () -> raw.toBlocking().exchange(
                HttpRequest.GET("/measures/swemwbs").bearerAuth(token)));
        Problem scored = expectProblem(HttpStatus.CONFLICT, () -> raw.toBlocking().exchange(
                HttpRequest.POST("/measures/swemwbs/score", Map.of("answers", Map.of("q1", 3))).bearerAuth(token)));
        Problem unknown = expectProblem(HttpStatus.NOT_FOUND, () -> raw.toBlocking().exchange(
                HttpRequest.GET("/measures/outcomes-star").bearerAuth(token)));

        assertThat(read.getDetail()).isEqualTo(scored.getDetail())
                .isEqualTo("The measure 'swemwbs' is not enabled in this deployment"
                        + " (an administrator enables it once its licence or registration is in place)");
        assertThat(unknown.getDetail()).contains("outcomes-star").doesNotContain("not enabled");
    }

    @Test
    void linkWorkersCoordinatorsAndResidentsScoreAnswersWithoutStoringThem() {
        for (Role role : EnumSet.of(Role.LINK_WORKER, Role.COORDINATOR, Role.RESIDENT)) {
            users.actAs(role);

            MeasureScore score = measures.scoreMeasure("ons4", request(ONS4_ANSWERS));

            assertThat(score.getMeasureId()).isEqualTo("ons4");
            assertThat(score.getMeasureVersion()).isEqualTo("1");
            assertThat(score.getScores()).extracting(s -> s.getKey() + "=" + s.getValue() + " " + s.getBand())
                    .containsExactly("life_satisfaction=7 High", "worthwhile=9 Very high", "happy_yesterday=4 Low",
                            "anxious_yesterday=6 High");
            assertThat(score.getScores()).allSatisfy(s -> assertThat(s.getKind()).isEqualTo(ScoreKind.ITEM));
            assertThat(score.getScores().get(3).getDirection()).isEqualTo(MeasureDirection.LOWER_IS_BETTER);
        }
    }

    @Test
    void ucla3ScoresItsTotal() {
        users.actAs(Role.RESIDENT);

        MeasureScore score = measures.scoreMeasure("ucla3", request(Map.of("lack_companionship", 3, "left_out", 2, "isolated", 3)));

        Score total = score.getScores().get(0);
        assertThat(total.getKey()).isEqualTo("total");
        assertThat(total.getKind()).isEqualTo(ScoreKind.TOTAL);
        assertThat(total.getValue()).isEqualByComparingTo(BigDecimal.valueOf(8));
        assertThat(total.getRaw()).isNull();
        assertThat(total.getMeaningfulChange()).isEqualByComparingTo("1");
    }

    @Test
    void evaluatorsGroupEditorsAndAdminsMayNotScoreAndNobodyWithoutAToken() {
        for (Role role : EnumSet.of(Role.EVALUATOR, Role.GROUP_EDITOR, Role.ADMIN)) {
            users.actAs(role);
            expectProblem(HttpStatus.FORBIDDEN, () -> measures.scoreMeasure("ons4", request(ONS4_ANSWERS)));
        }
        Bearer.clear();
        expectProblem(HttpStatus.UNAUTHORIZED, () -> measures.scoreMeasure("ons4", request(ONS4_ANSWERS)));
        expectProblem(HttpStatus.UNAUTHORIZED, measures::listMeasures);
        expectProblem(HttpStatus.UNAUTHORIZED, () -> measures.getMeasure("ons4"));
    }

    @Test
    void aMissingOrOutOfRangeAnswerIs400NamingEachItem() {
        users.actAs(Role.LINK_WORKER);
        Map<String, Integer> answers = new HashMap<>(ONS4_ANSWERS);
        answers.remove("worthwhile");
        answers.put("anxious_yesterday", 11);
        answers.put("mood", 3);

        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> measures.scoreMeasure("ons4", request(answers)));

        assertThat(problem.getErrors()).extracting(FieldError::getField)
                .containsExactly("answers.worthwhile", "answers.anxious_yesterday", "answers.mood");
        assertThat(problem.getErrors().get(1).getDetail()).isEqualTo("must be from 0 to 10, not 11");
    }

    @Test
    void aNullAnswerIsMissingAndAFractionIsRefused() {
        users.actAs(Role.RESIDENT);

        Problem nullAnswer = expectProblem(HttpStatus.BAD_REQUEST, () -> raw.toBlocking().exchange(HttpRequest.POST("/measures/ucla3/score",
                "{\"answers\": {\"lack_companionship\": 1, \"left_out\": null, \"isolated\": 2}}")
                .contentType(MediaType.APPLICATION_JSON).bearerAuth(users.signIn(users.create(Role.RESIDENT)).getAccessToken())));
        Problem fraction = expectProblem(HttpStatus.BAD_REQUEST, () -> raw.toBlocking().exchange(HttpRequest.POST("/measures/ucla3/score",
                "{\"answers\": {\"lack_companionship\": 1, \"left_out\": 2.5, \"isolated\": 2}}")
                .contentType(MediaType.APPLICATION_JSON).bearerAuth(users.signIn(users.create(Role.RESIDENT)).getAccessToken())));

        assertThat(nullAnswer.getErrors()).extracting(FieldError::getField).containsExactly("answers.left_out");
        assertThat(nullAnswer.getErrors().get(0).getDetail()).contains("missing");
        assertThat(fraction.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getField()).isEqualTo("answers.left_out");
            assertThat(error.getDetail()).isEqualTo("must be a whole number, not 2.5");
        });
    }

    @Test
    void aRequestWithoutAnswersIs400NamingThem() {
        String token = users.actAs(Role.RESIDENT).getAccessToken();

        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> raw.toBlocking().exchange(
                HttpRequest.POST("/measures/ucla3/score", "{}").contentType(MediaType.APPLICATION_JSON).bearerAuth(token)));

        assertThat(problem.getErrors()).extracting(FieldError::getField).containsExactly("answers");
    }

    @Test
    void scoringAnUnknownMeasureIs404AndADisabledOneIs409() {
        String token = users.actAs(Role.LINK_WORKER).getAccessToken();

        assertThat(measures.scoreMeasure("pam", new ScoreRequest(Map.of("a", BigDecimal.ONE)))).isNull(); // 404
        Problem unknown = expectProblem(HttpStatus.NOT_FOUND, () -> raw.toBlocking().exchange(
                HttpRequest.POST("/measures/pam/score", new ScoreRequest(Map.of("a", new BigDecimal("1.5")))).bearerAuth(token)));
        assertThat(unknown.getDetail()).contains("pam");
        Problem disabled = expectProblem(HttpStatus.CONFLICT, () -> measures.scoreMeasure("swemwbs", request(Map.of("optimistic", 3))));

        assertThat(disabled.getDetail()).contains("not enabled");
    }

    @Test
    void aMalformedMeasureIdIs400() {
        users.actAs(Role.RESIDENT);

        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> raw.toBlocking().exchange(
                HttpRequest.GET("/measures/ONS_4").bearerAuth(users.signIn(users.create(Role.RESIDENT)).getAccessToken())));

        assertThat(problem.getErrors()).extracting(FieldError::getField).containsExactly("measure_id");
    }
}
