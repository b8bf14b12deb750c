package org.signpost.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.wellbeing.infrastructure.MeasureFilesForTests;
import org.signpost.wellbeing.model.MeasureDefinition;
import org.signpost.wellbeing.model.MeasureItem;
import org.signpost.wellbeing.model.MeasureScoring;
import org.signpost.wellbeing.model.WholeNumberAnswers;

/** Every built-in measure refuses a missing, out-of-range or unknown answer, naming the item. */
class AnswersAreRefusedRatherThanGuessedTest {

    final Map<String, MeasureDefinition> measures = MeasureFilesForTests.builtIn();

    @Test
    void eachMissingItemOfEachMeasureIsNamed() {
        measures.values().forEach(measure -> {
            for (MeasureItem item : measure.items()) {
                Map<String, Integer> answers = Answers.lowest(measure);
                answers.remove(item.id());

                InvalidInputException refused = refuse(measure, answers);

                assertThat(refused.violations()).extracting(FieldViolation::field).containsExactly("answers." + item.id());
                assertThat(refused.violations().get(0).detail()).contains("missing");
            }
        });
    }

    @Test
    void anAnswerJustBelowOrJustAboveEachItemsRangeIsNamed() {
        measures.values().forEach(measure -> {
            for (MeasureItem item : measure.items()) {
                for (int wrong : new int[] {item.min() - 1, item.max() + 1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                    Map<String, Integer> answers = Answers.lowest(measure);
                    answers.put(item.id(), wrong);

                    InvalidInputException refused = refuse(measure, answers);

                    assertThat(refused.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("answers." + item.id());
                        assertThat(v.detail()).contains("from " + item.min() + " to " + item.max()).contains(String.valueOf(wrong));
                    });
                }
            }
        });
    }

    @Test
    void theEdgesOfEachRangeAreAccepted() {
        measures.values().forEach(measure -> {
            Map<String, Integer> highest = new HashMap<>();
            measure.items().forEach(item -> highest.put(item.id(), item.max()));
            assertThat(MeasureScoring.score(measure, Answers.lowest(measure)).scores()).isNotEmpty();
            assertThat(MeasureScoring.score(measure, highest).scores()).isNotEmpty();
        });
    }

    @Test
    void anAnswerToAnItemTheMeasureDoesNotHaveIsNamed() {
        MeasureDefinition ucla3 = measures.get("ucla3");
        Map<String, Integer> answers = Answers.lowest(ucla3);
        answers.put("lonely_at_night", 2);

        assertThat(refuse(ucla3, answers).violations()).extracting(FieldViolation::field).containsExactly("answers.lonely_at_night");
    }

    @Test
    void aNullAnswerCountsAsMissing() {
        MeasureDefinition ucla3 = measures.get("ucla3");
        Map<String, Integer> answers = Answers.lowest(ucla3);
        answers.put("left_out", null);

        assertThat(refuse(ucla3, answers).violations()).extracting(FieldViolation::field).containsExactly("answers.left_out");
    }

    @Test
    void noAnswersAtAllNamesEveryItemAtOnce() {
        MeasureDefinition ons4 = measures.get("ons4");

        assertThat(refuse(ons4, Map.of()).violations()).extracting(FieldViolation::field).containsExactly(
                "answers.life_satisfaction", "answers.worthwhile", "answers.happy_yesterday", "answers.anxious_yesterday");
    }

    @Test
    void aFractionIsRefusedNotRoundedAndAWholeNumberWrittenWithADecimalPointIsAccepted() {
        Map<String, java.math.BigDecimal> answers = new HashMap<>();
        answers.put("lack_companionship", new java.math.BigDecimal("2.5"));
        answers.put("left_out", new java.math.BigDecimal("3.0"));
        answers.put("isolated", new java.math.BigDecimal("1E+12"));
        answers.put("missing", null);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> WholeNumberAnswers.from(answers));

        assertThat(refused.violations()).extracting(FieldViolation::field).containsExactly("answers.isolated", "answers.lack_companionship");
        assertThat(refused.violations().get(1).detail()).isEqualTo("must be a whole number, not 2.5");
        answers.put("lack_companionship", java.math.BigDecimal.ONE);
        answers.put("isolated", java.math.BigDecimal.TEN);
        assertThat(WholeNumberAnswers.from(answers)).containsExactlyInAnyOrderEntriesOf(Map.of("lack_companionship", 1, "left_out", 3, "isolated", 10));
    }

    private static InvalidInputException refuse(MeasureDefinition measure, Map<String, Integer> answers) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> MeasureScoring.score(measure, answers));
        assertThat(refused).as("%s with %s is refused", measure.id(), answers).isNotNull();
        return refused;
    }
}
