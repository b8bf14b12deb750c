package org.signpost.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.signpost.wellbeing.infrastructure.MeasureFilesForTests;
import org.signpost.wellbeing.model.Direction;
import org.signpost.wellbeing.model.MeasureDefinition;
import org.signpost.wellbeing.model.MeasureScoring;
import org.signpost.wellbeing.model.ScoreValue;
import org.signpost.wellbeing.model.ScoringMethod;

class Ucla3AndWemwbsScoringTest {

    final MeasureDefinition ucla3 = MeasureFilesForTests.builtIn("ucla3");
    final MeasureDefinition wemwbs = MeasureFilesForTests.builtIn("wemwbs");

    @Test
    void ucla3IsThreeItemsFromOneToThreeWhereHigherIsLonelier() {
        assertThat(ucla3.items()).extracting(i -> i.id()).containsExactly("lack_companionship", "left_out", "isolated");
        assertThat(ucla3.items()).allSatisfy(item -> assertThat(item.range().toString()).isEqualTo("1..3"));
        assertThat(ucla3.items().get(0).answerLabels()).containsEntry(1, "Hardly ever").containsEntry(2, "Some of the time")
                .containsEntry(3, "Often");
        assertThat(ucla3.scoring()).isEqualTo(ScoringMethod.SUM);
        assertThat(ucla3.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(ucla3.enabled()).isTrue();
        assertThat(ucla3.totalRange().orElseThrow().toString()).isEqualTo("3..9");
    }

    @Test
    void everyUcla3AnswerCombinationScoresItsSumAndEveryTotalFromThreeToNineOccurs() {
        Map<Integer, Integer> totals = new HashMap<>();
        Answers.everyCombination(ucla3, answers -> {
            int sum = answers.values().stream().mapToInt(Integer::intValue).sum();
            ScoreValue total = MeasureScoring.score(ucla3, answers).score("total").orElseThrow();
            assertThat(total.value().intValueExact()).as("%s", answers).isEqualTo(sum);
            assertThat(total.raw()).isEmpty();
            totals.merge(sum, 1, Integer::sum);
        });
        // 27 combinations; the number of ways to reach each total 3..9
        assertThat(totals).containsExactlyInAnyOrderEntriesOf(Map.of(3, 1, 4, 3, 5, 6, 6, 7, 7, 6, 8, 3, 9, 1));
    }

    @Test
    void wemwbsIsFourteenItemsFromOneToFiveTotalFourteenToSeventyAndOffByDefault() {
        assertThat(wemwbs.items()).hasSize(14).allSatisfy(item -> assertThat(item.range().toString()).isEqualTo("1..5"));
        assertThat(wemwbs.scoring()).isEqualTo(ScoringMethod.SUM);
        assertThat(wemwbs.enabled()).isFalse();
        assertThat(wemwbs.meaningfulChange()).isEqualByComparingTo("3");
        assertThat(wemwbs.totalRange().orElseThrow().toString()).isEqualTo("14..70");
        assertThat(wemwbs.licence()).contains("licence").contains("short labels");
    }

    @Test
    void wemwbsScoresTheSumOfItsItemsAcrossItsWholeRange() {
        assertThat(total(Answers.all(wemwbs, 1))).isEqualTo(14);
        assertThat(total(Answers.all(wemwbs, 5))).isEqualTo(70);
        // every total 14..70 is reachable and scores as itself
        for (int target = 14; target <= 70; target++) {
            Map<String, Integer> answers = Answers.all(wemwbs, 1);
            int rest = target - 14;
            for (var item : wemwbs.items()) {
                int add = Math.min(4, rest);
                answers.put(item.id(), 1 + add);
                rest -= add;
            }
            assertThat(total(answers)).isEqualTo(target);
        }
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            Map<String, Integer> answers = new HashMap<>();
            wemwbs.items().forEach(item -> answers.put(item.id(), 1 + random.nextInt(5)));
            assertThat(total(answers)).isEqualTo(answers.values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    private int total(Map<String, Integer> answers) {
        return MeasureScoring.score(wemwbs, answers).score("total").orElseThrow().value().intValueExact();
    }
}
