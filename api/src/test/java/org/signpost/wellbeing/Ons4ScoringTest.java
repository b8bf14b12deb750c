package org.signpost.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signpost.wellbeing.infrastructure.MeasureFilesForTests;
import org.signpost.wellbeing.model.Direction;
import org.signpost.wellbeing.model.MeasureDefinition;
import org.signpost.wellbeing.model.MeasureScore;
import org.signpost.wellbeing.model.MeasureScoring;
import org.signpost.wellbeing.model.ScoreKind;
import org.signpost.wellbeing.model.ScoreValue;
import org.signpost.wellbeing.model.ScoringMethod;

/** ONS4: four separate items 0-10, never summed, each with the ONS thresholds. */
class Ons4ScoringTest {

    static final List<String> POSITIVE = List.of("life_satisfaction", "worthwhile", "happy_yesterday");
    static final String ANXIETY = "anxious_yesterday";

    final MeasureDefinition ons4 = MeasureFilesForTests.builtIn("ons4");

    @Test
    void isFourItemsFromZeroToTenScoredSeparatelyAndEnabled() {
        assertThat(ons4.items()).extracting(i -> i.id()).containsExactly("life_satisfaction", "worthwhile", "happy_yesterday", ANXIETY);
        assertThat(ons4.items()).allSatisfy(item -> {
            assertThat(item.min()).isZero();
            assertThat(item.max()).isEqualTo(10);
        });
        assertThat(ons4.scoring()).isEqualTo(ScoringMethod.NONE);
        assertThat(ons4.enabled()).isTrue();
        assertThat(ons4.items().get(0).text()).isEqualTo("Overall, how satisfied are you with your life nowadays?");
    }

    @Test
    void lifeSatisfactionWorthwhileAndHappinessAreBandedLowMediumHighVeryHighAtEveryValue() {
        Map<Integer, String> expected = Map.ofEntries(
                Map.entry(0, "Low"), Map.entry(1, "Low"), Map.entry(2, "Low"), Map.entry(3, "Low"), Map.entry(4, "Low"),
                Map.entry(5, "Medium"), Map.entry(6, "Medium"),
                Map.entry(7, "High"), Map.entry(8, "High"),
                Map.entry(9, "Very high"), Map.entry(10, "Very high"));
        for (String item : POSITIVE) {
            for (int value = 0; value <= 10; value++) {
                assertThat(scoreOf(item, value).band()).as("%s = %d", item, value).hasValue(expected.get(value));
                assertThat(scoreOf(item, value).spec().direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
            }
        }
    }

    @Test
    void anxietyIsBandedVeryLowLowMediumHighAtEveryValueAndLowerIsBetter() {
        Map<Integer, String> expected = Map.ofEntries(
                Map.entry(0, "Very low"), Map.entry(1, "Very low"),
                Map.entry(2, "Low"), Map.entry(3, "Low"),
                Map.entry(4, "Medium"), Map.entry(5, "Medium"),
                Map.entry(6, "High"), Map.entry(7, "High"), Map.entry(8, "High"), Map.entry(9, "High"), Map.entry(10, "High"));
        for (int value = 0; value <= 10; value++) {
            ScoreValue score = scoreOf(ANXIETY, value);
            assertThat(score.band()).as("anxiety = %d", value).hasValue(expected.get(value));
            assertThat(score.spec().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        }
    }

    @Test
    void theFourItemsAreNeverSummed() {
        MeasureScore score = MeasureScoring.score(ons4, Map.of("life_satisfaction", 7, "worthwhile", 8, "happy_yesterday", 6, ANXIETY, 3));

        assertThat(score.scores()).extracting(ScoreValue::key).containsExactly("life_satisfaction", "worthwhile", "happy_yesterday", ANXIETY);
        assertThat(score.scores()).allSatisfy(s -> assertThat(s.spec().kind()).isEqualTo(ScoreKind.ITEM));
        assertThat(score.score("total")).isEmpty();
        assertThat(score.scores()).extracting(s -> s.value().intValueExact()).containsExactly(7, 8, 6, 3);
    }

    @Test
    void eachItemIsBandedOnItsOwnWhateverTheOthersAnswer() {
        // every value of every item against a fixed background of the other items
        for (var item : ons4.items()) {
            for (int value = 0; value <= 10; value++) {
                for (int others : new int[] {0, 10}) {
                    Map<String, Integer> answers = Answers.all(ons4, others);
                    answers.put(item.id(), value);
                    ScoreValue score = MeasureScoring.score(ons4, answers).score(item.id()).orElseThrow();
                    assertThat(score.band()).isEqualTo(scoreOf(item.id(), value).band());
                    assertThat(score.value().intValueExact()).isEqualTo(value);
                }
            }
        }
    }

    private ScoreValue scoreOf(String itemId, int value) {
        Map<String, Integer> answers = Answers.all(ons4, 5);
        answers.put(itemId, value);
        return MeasureScoring.score(ons4, answers).score(itemId).orElseThrow();
    }
}
