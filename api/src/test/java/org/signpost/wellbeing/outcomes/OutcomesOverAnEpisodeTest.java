package org.signpost.wellbeing.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.wellbeing.outcomes.OutcomeFixtures.DIRECT_CARE;
import static org.signpost.wellbeing.outcomes.OutcomeFixtures.ons4;
import static org.signpost.wellbeing.outcomes.OutcomeFixtures.ucla3;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.AuditApi;
import org.signpost.contract.client.OutcomesApi;
import org.signpost.contract.model.AuditEntry;
import org.signpost.contract.model.AuditEntryOutcome;
import org.signpost.contract.model.ChangeOutcome;
import org.signpost.contract.model.EpisodeOutcomeChanges;
import org.signpost.contract.model.MeasureChange;
import org.signpost.contract.model.OutcomeCorrection;
import org.signpost.contract.model.OutcomeRecord;
import org.signpost.contract.model.OutcomeRecordCompletedBy;
import org.signpost.contract.model.OutcomeScore;
import org.signpost.contract.model.OutcomeTimepoint;
import org.signpost.contract.model.PurposeOfUse;
import org.signpost.contract.model.ScoreChange;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestUsers;

/**
 * The story of issue 6's recording and change: a link worker records ONS4 and UCLA-3 at baseline,
 * a 6-week follow-up and discharge; the change per item (anxiety: lower is better) and per total is
 * classified by threshold and direction between the baseline and the latest completion; a
 * correction keeps the original and the change follows the correction; reads are audited.
 */
@MicronautTest(transactional = false)
class OutcomesOverAnEpisodeTest {

    @Inject
    OutcomeFixtures fixtures;

    @Inject
    OutcomesApi outcomes;

    @Inject
    AuditApi audit;

    @Inject
    TestUsers users;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void baselineFollowUpAndDischargeAreScoredStoredAndClassified() {
        LocalDate today = LocalDate.now();
        OutcomeFixtures.Case mary = fixtures.accepted(100);

        OutcomeRecord baseline = fixtures.record(mary, "ons4", OutcomeTimepoint.BASELINE, null, today.minusDays(90), ons4(4, 5, 6, 7));
        assertThat(baseline.getCurrent()).isTrue();
        assertThat(baseline.getFlags()).isEmpty();
        assertThat(baseline.getCompletedBy()).isEqualTo(OutcomeRecordCompletedBy.LINK_WORKER);
        assertThat(baseline.getRecordedBy()).isEqualTo(mary.team().linkWorker());
        assertThat(baseline.getMeasureVersion()).isEqualTo("1");
        Map<String, OutcomeScore> scores = byKey(baseline.getScores());
        assertThat(scores.keySet()).containsExactlyInAnyOrder("life_satisfaction", "worthwhile", "happy_yesterday", "anxious_yesterday");
        assertThat(scores.get("life_satisfaction").getBand()).isEqualTo("Low");
        assertThat(scores.get("life_satisfaction").getName()).isEqualTo("Overall, how satisfied are you with your life nowadays?");
        assertThat(scores.get("worthwhile").getBand()).isEqualTo("Medium");
        assertThat(scores.get("anxious_yesterday").getBand()).isEqualTo("High");
        assertThat(scores.get("anxious_yesterday").getValue()).isEqualByComparingTo("7");
        OutcomeRecord lonelyAtStart = fixtures.record(mary, "ucla3", OutcomeTimepoint.BASELINE, null, today.minusDays(90), ucla3(3, 3, 2));
        assertThat(byKey(lonelyAtStart.getScores()).get("total").getValue()).isEqualByComparingTo("8");

        OutcomeRecord sixWeeks = fixtures.record(mary, "ons4", OutcomeTimepoint.FOLLOW_UP, 6, today.minusDays(48), ons4(5, 5, 6, 6));
        assertThat(sixWeeks.getFollowUpWeeks()).isEqualTo(6);
        assertThat(sixWeeks.getFlags()).as("a baseline is there").isEmpty();
        fixtures.record(mary, "ucla3", OutcomeTimepoint.FOLLOW_UP, 6, today.minusDays(48), ucla3(2, 3, 2));
        OutcomeRecord discharge = fixtures.record(mary, "ons4", OutcomeTimepoint.DISCHARGE, null, today.minusDays(1), ons4(7, 5, 4, 3));
        OutcomeRecord lonelyAtEnd = fixtures.record(mary, "ucla3", OutcomeTimepoint.DISCHARGE, null, today.minusDays(1), ucla3(1, 2, 1));

        assertThat(fixtures.records(mary.episodeId())).isEqualTo(6);
        assertThat(fixtures.scores(mary.episodeId())).as("four ONS4 items and one UCLA-3 total per record").isEqualTo(3 * 4 + 3);

        EpisodeOutcomeChanges changes = outcomes.getEpisodeOutcomeChanges(mary.episodeId(), DIRECT_CARE);
        assertThat(changes.getResidentId()).isEqualTo(mary.residentId());
        Map<String, MeasureChange> measures = changes.getMeasures().stream().collect(Collectors.toMap(MeasureChange::getMeasureId,
                Function.identity()));
        MeasureChange ons = measures.get("ons4");
        assertThat(ons.getCompletions()).isEqualTo(3);
        assertThat(ons.getBaseline().getRecordId()).isEqualTo(baseline.getId());
        assertThat(ons.getLatest().getRecordId()).as("the discharge, not the follow-up").isEqualTo(discharge.getId());
        Map<String, ScoreChange> items = ons.getScores().stream().collect(Collectors.toMap(ScoreChange::getScoreKey, Function.identity()));
        assertChange(items.get("life_satisfaction"), "4", "7", "3", ChangeOutcome.IMPROVED);
        assertChange(items.get("worthwhile"), "5", "5", "0", ChangeOutcome.NO_CHANGE);
        assertChange(items.get("happy_yesterday"), "6", "4", "-2", ChangeOutcome.WORSE);
        assertChange(items.get("anxious_yesterday"), "7", "3", "-4", ChangeOutcome.IMPROVED);
        MeasureChange ucla = measures.get("ucla3");
        assertThat(ucla.getLatest().getRecordId()).isEqualTo(lonelyAtEnd.getId());
        assertChange(ucla.getScores().get(0), "8", "4", "-4", ChangeOutcome.IMPROVED);

        // the same, per resident across their episodes
        var perResident = outcomes.getResidentOutcomeChanges(mary.residentId(), DIRECT_CARE);
        assertThat(perResident.getEpisodes()).singleElement().satisfies(e -> assertThat(e.getEpisodeId()).isEqualTo(mary.episodeId()));
        assertThat(perResident.getEpisodes().get(0).getMeasures()).hasSize(2);
    }

    @Test
    void aCorrectionKeepsTheOriginalAndTheChangeFollowsIt() {
        LocalDate today = LocalDate.now();
        OutcomeFixtures.Case mary = fixtures.accepted(60);
        fixtures.record(mary, "ucla3", OutcomeTimepoint.BASELINE, null, today.minusDays(50), ucla3(3, 3, 2));
        OutcomeRecord wrong = fixtures.record(mary, "ucla3", OutcomeTimepoint.DISCHARGE, null, today.minusDays(2), ucla3(1, 2, 1));
        assertThat(outcomes.getEpisodeOutcomeChanges(mary.episodeId(), DIRECT_CARE).getMeasures().get(0).getScores().get(0).getOutcome())
                .isEqualTo(ChangeOutcome.IMPROVED);

        OutcomeRecord corrected = outcomes.correctOutcome(wrong.getId(), new OutcomeCorrection("Answers were entered for the wrong person")
                .answers(Map.of("lack_companionship", BigDecimal.valueOf(3), "left_out", BigDecimal.valueOf(3),
                        "isolated", BigDecimal.valueOf(3))).completedOn(today.minusDays(3)), DIRECT_CARE).body();
        assertThat(corrected.getSupersedes()).isEqualTo(wrong.getId());
        assertThat(corrected.getCorrectionReason()).isEqualTo("Answers were entered for the wrong person");
        assertThat(corrected.getTimepoint()).isEqualTo(OutcomeTimepoint.DISCHARGE);
        assertThat(corrected.getCompletedOn()).isEqualTo(today.minusDays(3));
        assertThat(byKey(corrected.getScores()).get("total").getValue()).isEqualByComparingTo("9");

        List<OutcomeRecord> listed = outcomes.listEpisodeOutcomes(mary.episodeId(), DIRECT_CARE, 1, 50).getItems();
        assertThat(listed).hasSize(3);
        OutcomeRecord original = listed.stream().filter(r -> r.getId().equals(wrong.getId())).findFirst().orElseThrow();
        assertThat(original.getCurrent()).isFalse();
        assertThat(original.getSupersededBy()).isEqualTo(corrected.getId());
        assertThat(original.getAnswers()).isEqualTo(Map.of("lack_companionship", 1, "left_out", 2, "isolated", 1));
        assertThat(byKey(original.getScores()).get("total").getValue()).isEqualByComparingTo("4");
        assertThat(listed).filteredOn(OutcomeRecord::getCurrent).hasSize(2);

        MeasureChange ucla = outcomes.getEpisodeOutcomeChanges(mary.episodeId(), DIRECT_CARE).getMeasures().get(0);
        assertThat(ucla.getCompletions()).isEqualTo(2);
        assertThat(ucla.getLatest().getRecordId()).isEqualTo(corrected.getId());
        assertChange(ucla.getScores().get(0), "8", "9", "1", ChangeOutcome.WORSE);

        // a correction of the superseded original points at the current record
        var again = org.signpost.testing.ProblemBodies.expect(io.micronaut.http.HttpStatus.CONFLICT, () -> outcomes.correctOutcome(
                wrong.getId(), new OutcomeCorrection("again").completedOn(today), DIRECT_CARE));
        assertThat(again.get("current_record_id")).isEqualTo(corrected.getId().toString());
        assertThat(fixtures.records(mary.episodeId())).isEqualTo(3);
    }

    @Test
    void aFollowUpWithoutABaselineIsKeptButFlaggedAndNotPaired() {
        OutcomeFixtures.Case mary = fixtures.accepted(30);
        OutcomeRecord followUp = fixtures.record(mary, "ons4", OutcomeTimepoint.FOLLOW_UP, 4, LocalDate.now().minusDays(2),
                ons4(5, 5, 5, 5));
        assertThat(followUp.getFlags()).containsExactly("follow_up_without_baseline");
        OutcomeRecord discharge = fixtures.record(mary, "ons4", OutcomeTimepoint.DISCHARGE, null, LocalDate.now(), ons4(6, 6, 6, 6));
        assertThat(discharge.getFlags()).containsExactly("follow_up_without_baseline");
        MeasureChange ons = outcomes.getEpisodeOutcomeChanges(mary.episodeId(), DIRECT_CARE).getMeasures().get(0);
        assertThat(ons.getCompletions()).isEqualTo(2);
        assertThat(ons.getBaseline()).isNull();
        assertThat(ons.getScores()).isEmpty();
        assertThat(outcomes.listEpisodeOutcomes(mary.episodeId(), DIRECT_CARE, 1, 50).getItems())
                .allSatisfy(r -> assertThat(r.getFlags()).containsExactly("follow_up_without_baseline"));
    }

    @Test
    void readsAndWritesOfOutcomesAreAuditedWithTheirPurpose() {
        OutcomeFixtures.Case mary = fixtures.accepted(10);
        fixtures.record(mary, "ucla3", OutcomeTimepoint.BASELINE, null, LocalDate.now(), ucla3(2, 2, 2));
        outcomes.listEpisodeOutcomes(mary.episodeId(), "SAFEGUARDING", 1, 10);
        outcomes.getEpisodeOutcomeChanges(mary.episodeId(), DIRECT_CARE);
        users.actAs(Role.ADMIN);
        List<AuditEntry> entries = audit.listAuditLog(mary.residentId(), 1, 100).getItems();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getActorUsername()).isEqualTo(mary.team().linkWorker());
            assertThat(e.getAction().getValue()).isEqualTo("read");
            assertThat(e.getResourceId()).isEqualTo(mary.episodeId().toString());
            assertThat(e.getFields()).containsExactly("outcomes");
            assertThat(e.getPurpose()).isEqualTo(PurposeOfUse.SAFEGUARDING);
            assertThat(e.getOutcome()).isEqualTo(AuditEntryOutcome.ALLOWED);
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getFields()).containsExactly("outcome_changes");
            assertThat(e.getPurpose()).isEqualTo(PurposeOfUse.DIRECT_CARE);
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getAction().getValue()).isEqualTo("create");
            assertThat(e.getFields()).containsExactly("outcomes");
        });
    }

    static Map<String, OutcomeScore> byKey(List<OutcomeScore> scores) {
        return scores.stream().collect(Collectors.toMap(OutcomeScore::getScoreKey, Function.identity()));
    }

    private static void assertChange(ScoreChange change, String baseline, String latest, String delta, ChangeOutcome outcome) {
        assertThat(change.getBaseline()).as(change.getScoreKey()).isEqualByComparingTo(baseline);
        assertThat(change.getLatest()).as(change.getScoreKey()).isEqualByComparingTo(latest);
        assertThat(change.getChange()).as(change.getScoreKey()).isEqualByComparingTo(delta);
        assertThat(change.getOutcome()).as(change.getScoreKey()).isEqualTo(outcome);
    }
}
