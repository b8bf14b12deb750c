package org.signpost.wellbeing.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.wellbeing.outcomes.OutcomeFixtures.DIRECT_CARE;
import static org.signpost.wellbeing.outcomes.OutcomeFixtures.ons4;
import static org.signpost.wellbeing.outcomes.OutcomeFixtures.request;
import static org.signpost.wellbeing.outcomes.OutcomeFixtures.ucla3;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.client.OutcomesApi;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeDeclineReason;
import org.signpost.contract.model.EpisodeTransitionRequest;
import org.signpost.contract.model.EpisodeTransitionRequestTo;
import org.signpost.contract.model.FieldError;
import org.signpost.contract.model.OutcomeCorrection;
import org.signpost.contract.model.OutcomeRecord;
import org.signpost.contract.model.OutcomeRequest;
import org.signpost.contract.model.OutcomeTimepoint;
import org.signpost.contract.model.Problem;
import org.signpost.testing.Bearer;
import org.signpost.testing.ProblemBodies;

/** Every bad completion is a 400 naming its field (or a 409 for an episode not in service), and nothing is written. */
@MicronautTest(transactional = false)
class BadOutcomeInputIsRefusedTest {

    @Inject
    OutcomeFixtures fixtures;

    @Inject
    OutcomesApi outcomes;

    @Inject
    EpisodesApi episodes;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void eachFaultIsNamedAndNothingIsWritten() {
        LocalDate today = LocalDate.now();
        OutcomeFixtures.Case mary = fixtures.accepted(20);
        LocalDate ok = today.minusDays(1);

        refused(mary, request("nope", OutcomeTimepoint.BASELINE, null, ok, ons4(1, 1, 1, 1)), "measure_id");
        refused(mary, request("swemwbs", OutcomeTimepoint.BASELINE, null, ok, Map.of("optimistic", 3)), "measure_id");
        Map<String, Integer> missing = new HashMap<>(ons4(1, 1, 1, 1));
        missing.remove("anxious_yesterday");
        refused(mary, request("ons4", OutcomeTimepoint.BASELINE, null, ok, missing), "answers.anxious_yesterday");
        refused(mary, request("ons4", OutcomeTimepoint.BASELINE, null, ok, ons4(11, 1, 1, 1)), "answers.life_satisfaction");
        refused(mary, request("ucla3", OutcomeTimepoint.BASELINE, null, ok, ucla3(0, 2, 2)), "answers.lack_companionship");
        Map<String, Integer> extra = new HashMap<>(ucla3(1, 2, 2));
        extra.put("happiness", 3);
        refused(mary, request("ucla3", OutcomeTimepoint.BASELINE, null, ok, extra), "answers.happiness");
        Map<String, Number> fraction = new HashMap<>(ucla3(1, 2, 2));
        fraction.put("isolated", new BigDecimal("2.5"));
        refused(mary, request("ucla3", OutcomeTimepoint.BASELINE, null, ok, fraction), "answers.isolated");
        refused(mary, request("ucla3", OutcomeTimepoint.BASELINE, null, mary.receivedOn().minusDays(1), ucla3(1, 2, 2)), "completed_on");
        refused(mary, request("ucla3", OutcomeTimepoint.BASELINE, null, today.plusDays(2), ucla3(1, 2, 2)), "completed_on");
        refused(mary, request("ucla3", OutcomeTimepoint.FOLLOW_UP, null, ok, ucla3(1, 2, 2)), "follow_up_weeks");
        refused(mary, request("ucla3", OutcomeTimepoint.FOLLOW_UP, 0, ok, ucla3(1, 2, 2)), "follow_up_weeks");
        refused(mary, request("ucla3", OutcomeTimepoint.BASELINE, 6, ok, ucla3(1, 2, 2)), "follow_up_weeks");
        refused(mary, request("ucla3", OutcomeTimepoint.DISCHARGE, 6, ok, ucla3(1, 2, 2)), "follow_up_weeks");

        // several faults at once are all named
        Problem many = expectProblem(HttpStatus.BAD_REQUEST, () -> outcomes.recordOutcome(mary.episodeId(),
                request("ons4", OutcomeTimepoint.FOLLOW_UP, null, today.plusDays(1), ons4(11, 1, 1, -1)), DIRECT_CARE));
        assertThat(many.getErrors()).extracting(FieldError::getField).containsExactlyInAnyOrder("follow_up_weeks", "completed_on",
                "answers.life_satisfaction", "answers.anxious_yesterday");

        // no purpose stated
        Problem noPurpose = expectProblem(HttpStatus.BAD_REQUEST, () -> outcomes.recordOutcome(mary.episodeId(),
                request("ucla3", OutcomeTimepoint.BASELINE, null, ok, ucla3(1, 2, 2)), null));
        assertThat(noPurpose.getErrors()).extracting(FieldError::getField).containsExactly("X-Purpose-Of-Use");

        assertThat(fixtures.records(mary.episodeId())).as("nothing written").isZero();
        assertThat(fixtures.scores(mary.episodeId())).isZero();
    }

    @Test
    void aBadCorrectionWritesNothingAndTheOriginalStaysCurrent() {
        OutcomeFixtures.Case mary = fixtures.accepted(20);
        OutcomeRecord original = fixtures.record(mary, "ucla3", OutcomeTimepoint.BASELINE, null, LocalDate.now(), ucla3(1, 2, 2));
        Problem noReason = expectProblem(HttpStatus.BAD_REQUEST, () -> outcomes.correctOutcome(original.getId(),
                new OutcomeCorrection(" ").completedOn(LocalDate.now().minusDays(1)), DIRECT_CARE));
        assertThat(noReason.getErrors()).extracting(FieldError::getField).containsExactly("reason");
        Problem nothingNew = expectProblem(HttpStatus.BAD_REQUEST, () -> outcomes.correctOutcome(original.getId(),
                new OutcomeCorrection("typo"), DIRECT_CARE));
        assertThat(nothingNew.getErrors()).extracting(FieldError::getField).containsExactly("answers");
        Problem outOfRange = expectProblem(HttpStatus.BAD_REQUEST, () -> outcomes.correctOutcome(original.getId(),
                new OutcomeCorrection("typo").answers(Map.of("lack_companionship", BigDecimal.valueOf(4), "left_out", BigDecimal.ONE,
                        "isolated", BigDecimal.ONE)), DIRECT_CARE));
        assertThat(outOfRange.getErrors()).extracting(FieldError::getField).containsExactly("answers.lack_companionship");
        Problem beforeStart = expectProblem(HttpStatus.BAD_REQUEST, () -> outcomes.correctOutcome(original.getId(),
                new OutcomeCorrection("typo").completedOn(mary.receivedOn().minusDays(1)), DIRECT_CARE));
        assertThat(beforeStart.getErrors()).extracting(FieldError::getField).containsExactly("completed_on");
        // no such record: refused as another scheme's record is, so the answer never confirms that an id exists
        expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.correctOutcome(java.util.UUID.randomUUID(),
                new OutcomeCorrection("typo").completedOn(LocalDate.now()), DIRECT_CARE));

        assertThat(fixtures.records(mary.episodeId())).isEqualTo(1);
        assertThat(outcomes.listEpisodeOutcomes(mary.episodeId(), DIRECT_CARE, 1, 10).getItems())
                .singleElement().satisfies(r -> assertThat(r.getCurrent()).isTrue());
    }

    @Test
    void anEpisodeNotYetAcceptedOrDeclinedHasNoOutcomes() {
        OutcomeFixtures.Case mary = fixtures.accepted(20);
        fixtures.act(mary.team().coordinator());
        Episode referred = fixtures.referral(mary.residentId(), LocalDate.now().minusDays(3));
        Map<String, Object> notYet = ProblemBodies.expect(HttpStatus.CONFLICT, () -> outcomes.recordOutcome(referred.getId(),
                request("ucla3", OutcomeTimepoint.BASELINE, null, LocalDate.now(), ucla3(1, 2, 2)), DIRECT_CARE));
        assertThat(notYet.get("episode_status")).isEqualTo("referred");
        Episode declined = episodes.transitionEpisode(referred.getId(), new EpisodeTransitionRequest(EpisodeTransitionRequestTo.DECLINED,
                referred.getVersion()).declineReason(EpisodeDeclineReason.NOT_ELIGIBLE), DIRECT_CARE);
        Map<String, Object> never = ProblemBodies.expect(HttpStatus.CONFLICT, () -> outcomes.recordOutcome(declined.getId(),
                request("ucla3", OutcomeTimepoint.BASELINE, null, LocalDate.now(), ucla3(1, 2, 2)), DIRECT_CARE));
        assertThat(never.get("episode_status")).isEqualTo("declined");
        assertThat(fixtures.records(referred.getId())).isZero();
        // no such episode: the refusal of an episode of another scheme (403), which never confirms what exists
        org.signpost.testing.Problems.expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.recordOutcome(java.util.UUID.randomUUID(),
                request("ucla3", OutcomeTimepoint.BASELINE, null, LocalDate.now(), ucla3(1, 2, 2)), DIRECT_CARE));
    }

    private void refused(OutcomeFixtures.Case c, OutcomeRequest body, String field) {
        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> outcomes.recordOutcome(c.episodeId(), body, DIRECT_CARE));
        assertThat(problem.getErrors()).as("fault for %s", field).extracting(FieldError::getField).containsExactly(field);
    }
}
