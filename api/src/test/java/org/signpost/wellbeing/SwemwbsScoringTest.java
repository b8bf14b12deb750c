package org.signpost.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.signpost.wellbeing.infrastructure.MeasureFilesForTests;
import org.signpost.wellbeing.model.Direction;
import org.signpost.wellbeing.model.MeasureDefinition;
import org.signpost.wellbeing.model.MeasureScore;
import org.signpost.wellbeing.model.MeasureScoring;
import org.signpost.wellbeing.model.ScoreKind;
import org.signpost.wellbeing.model.ScoreValue;
import org.signpost.wellbeing.model.ScoringMethod;

/**
 * SWEMWBS: seven items 1-5, raw total 7-35, reported as the metric score of the published
 * conversion table. The expected table here is typed from DOMAIN.md independently of the
 * shipped definition file.
 */
class SwemwbsScoringTest {

    /** DOMAIN.md, "Wellbeing outcome measures": raw -> metric. */
    static final Map<Integer, String> PUBLISHED = new LinkedHashMap<>();

    static {
        String table = "7 7.00, 8 9.51, 9 11.25, 10 12.40, 11 13.33, 12 14.08, 13 14.75, 14 15.32, 15 15.84,"
                + " 16 16.36, 17 16.88, 18 17.43, 19 17.98, 20 18.59, 21 19.25, 22 19.98, 23 20.73, 24 21.54,"
                + " 25 22.35, 26 23.21, 27 24.11, 28 25.03, 29 26.02, 30 27.03, 31 28.13, 32 29.31, 33 30.70,"
                + " 34 32.55, 35 35.00";
        for (String pair : table.split(",")) {
            String[] parts = pair.trim().split(" ");
            PUBLISHED.put(Integer.parseInt(parts[0]), parts[1]);
        }
    }

    final MeasureDefinition swemwbs = MeasureFilesForTests.builtIn("swemwbs");

    @Test
    void isSevenItemsFromOneToFiveConvertedByTableAndOffUntilTheDeploymentRegisters() {
        assertThat(swemwbs.items()).hasSize(7).allSatisfy(item -> {
            assertThat(item.min()).isEqualTo(1);
            assertThat(item.max()).isEqualTo(5);
            assertThat(item.reverseScored()).isFalse();
        });
        assertThat(swemwbs.scoring()).isEqualTo(ScoringMethod.TABLE);
        assertThat(swemwbs.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(swemwbs.meaningfulChange()).isEqualByComparingTo("3");
        assertThat(swemwbs.enabled()).isFalse();
        assertThat(swemwbs.licence()).contains("Warwick").contains("register").contains("short labels");
    }

    @Test
    void theTableHoldsExactlyThePublishedScoreForEveryRawTotal() {
        assertThat(PUBLISHED).hasSize(29);
        Map<Integer, BigDecimal> shipped = swemwbs.conversionTable().orElseThrow().entries();
        assertThat(shipped.keySet()).containsExactlyElementsOf(PUBLISHED.keySet());
        PUBLISHED.forEach((raw, metric) -> assertThat(shipped.get(raw)).as("raw %d", raw).isEqualByComparingTo(metric));
    }

    @Test
    void everyRawTotalFromSevenToThirtyFiveConvertsToItsPublishedMetricScore() {
        for (int raw = 7; raw <= 35; raw++) {
            Map<String, Integer> answers = answersAddingUpTo(raw);

            ScoreValue total = MeasureScoring.score(swemwbs, answers).score("total").orElseThrow();

            assertThat(total.raw()).as("raw").hasValue(raw);
            assertThat(total.value()).as("metric for raw %d", raw).isEqualByComparingTo(PUBLISHED.get(raw));
            assertThat(total.spec().kind()).isEqualTo(ScoreKind.TOTAL);
        }
    }

    @Test
    void everyOneOfTheSeventyEightThousandAnswerCombinationsScoresAsTheTableSaysForItsSum() {
        AtomicInteger combinations = new AtomicInteger();
        Map<Integer, Integer> seenTotals = new HashMap<>();
        Answers.everyCombination(swemwbs, answers -> {
            int sum = answers.values().stream().mapToInt(Integer::intValue).sum();
            MeasureScore score = MeasureScoring.score(swemwbs, answers);
            assertThat(score.scores()).hasSize(1);
            ScoreValue total = score.scores().get(0);
            if (total.raw().getAsInt() != sum || total.value().compareTo(new BigDecimal(PUBLISHED.get(sum))) != 0) {
                throw new AssertionError(answers + " scored raw " + total.raw() + " metric " + total.value()
                        + ", expected raw " + sum + " metric " + PUBLISHED.get(sum));
            }
            combinations.incrementAndGet();
            seenTotals.merge(sum, 1, Integer::sum);
        });
        assertThat(combinations.get()).isEqualTo(78_125); // 5^7
        assertThat(seenTotals.keySet()).containsExactlyInAnyOrderElementsOf(PUBLISHED.keySet());
    }

    /** Answers (each 1-5) whose sum is the given raw total: fill items from the first. */
    private Map<String, Integer> answersAddingUpTo(int raw) {
        Map<String, Integer> answers = Answers.all(swemwbs, 1);
        int rest = raw - 7;
        for (var item : swemwbs.items()) {
            int add = Math.min(4, rest);
            answers.put(item.id(), 1 + add);
            rest -= add;
        }
        return answers;
    }
}
