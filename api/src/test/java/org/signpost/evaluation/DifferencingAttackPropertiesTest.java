package org.signpost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.signpost.evaluation.model.CellKey;
import org.signpost.evaluation.model.CellKeyPerturbation;
import org.signpost.evaluation.model.ChangeSummary;
import org.signpost.evaluation.model.PairedChangeStatistics;
import org.signpost.evaluation.model.PerturbationTable;
import org.signpost.wellbeing.model.ChangeClassification;
import org.signpost.wellbeing.model.Direction;

/**
 * Plays the attacker who asks for two releases that differ by exactly one person (a date range one
 * day longer, a filter that drops one resident) and differences them: n1 × mean1 − n2 × mean2.
 * Before cell-key perturbation this gave the person's change exactly (11 × −3.273 − 10 × −3.000 =
 * −6.0). Released as Signpost releases them (means to 3 decimals, perturbed by the cells' keys),
 * the estimate must fall within the measure's meaningful-change threshold of the truth in no more
 * than {@value #WITHIN_THRESHOLD_AT_MOST} of record-key draws (the design gives about 4.7%), and be
 * exact almost never; the attacker is even given the true n of both releases.
 */
class DifferencingAttackPropertiesTest {

    /** Documented bound (docs/evaluation.md, "Disclosure control"): 4.7% by design, plus sampling slack. */
    static final double WITHIN_THRESHOLD_AT_MOST = 0.08;
    /** How often two MECC counts differing by one conversation may show a difference of exactly one (about 27% by design). */
    static final double EXACT_COUNT_DIFFERENCE_AT_MOST = 0.32;
    private static final int DRAWS = 1000;
    private static final int THRESHOLD = 5;
    private static final CellKeyPerturbation PERTURBATION = new CellKeyPerturbation(PerturbationTable.standard(), THRESHOLD);

    /** A score: its range and its meaningful-change threshold (UCLA-3 total, an ONS4 item, SWEMWBS metric). */
    record Score(String what, double min, double max, double threshold, int decimals) {
    }

    /** A population of changes and the one person whose presence differs between the releases. */
    record Population(Score score, List<BigDecimal> changes, int victim, long seed) {
    }

    @Property(tries = 100)
    void twoSummariesThatDifferByOnePersonDoNotGiveThatPersonsChange(@ForAll("populations") Population population) {
        Score score = population.score();
        BigDecimal truth = population.changes().get(population.victim());
        Random random = new Random(population.seed());
        int near = 0;
        int exact = 0;
        int exactWithoutPerturbation = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            int[] recordKeys = random.ints(population.changes().size(), 0, CellKey.RECORD_KEYS).toArray();
            Release with = release(population, recordKeys, -1);
            Release without = release(population, recordKeys, population.victim());
            double estimate = with.n() * with.publishedMean() - without.n() * without.publishedMean();
            double error = Math.abs(estimate - truth.doubleValue());
            near += error <= score.threshold() ? 1 : 0;
            double unrounded = with.n() * with.perturbedMean() - without.n() * without.perturbedMean();
            exact += Math.abs(unrounded - truth.doubleValue()) < 1e-9 ? 1 : 0;
            double unprotected = with.n() * with.trueMean() - without.n() * without.trueMean();
            exactWithoutPerturbation += Math.abs(unprotected - truth.doubleValue()) < 0.0005 * (with.n() + without.n()) ? 1 : 0;
        }
        assertThat(exactWithoutPerturbation).as("the attack works on unperturbed means (as released before)").isEqualTo(DRAWS);
        assertThat((double) near / DRAWS).as("share of draws where the differenced estimate is within %s of %s", score.threshold(), truth)
                .isLessThanOrEqualTo(WITHIN_THRESHOLD_AT_MOST);
        assertThat(exact).as("draws where the two noises cancel and the estimate is exact (1 in 65,536 by design)")
                .isLessThanOrEqualTo(2);
    }

    @Property(tries = 200)
    void twoCountsThatDifferByOneConversationRarelyShowADifferenceOfOne(@ForAll @IntRange(min = THRESHOLD, max = 400) int count,
            @ForAll long seed) {
        Random random = new Random(seed);
        int exact = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            long without = random.nextInt(CellKey.RECORD_KEYS) * (long) count;
            long added = random.nextInt(CellKey.RECORD_KEYS);
            long before = PERTURBATION.count(count, CellKey.ofSum(without));
            long after = PERTURBATION.count(count + 1, CellKey.ofSum(without + added));
            assertThat(before).as("a published count is never below the threshold").isGreaterThanOrEqualTo(THRESHOLD);
            assertThat(Math.abs(before - count)).isLessThanOrEqualTo(2);
            exact += after - before == 1 ? 1 : 0;
        }
        assertThat((double) exact / DRAWS).as("share of draws where the later report shows exactly one more")
                .isLessThanOrEqualTo(EXACT_COUNT_DIFFERENCE_AT_MOST);
    }

    @Property(tries = 50)
    void theSameCellAlwaysGetsTheSameNoise(@ForAll("populations") Population population) {
        int[] keys = new Random(population.seed()).ints(population.changes().size(), 0, CellKey.RECORD_KEYS).toArray();
        assertThat(release(population, keys, -1)).isEqualTo(release(population, keys, -1));
    }

    /** What one release publishes: n (the true one, to give the attacker the most) and the mean to 3 decimals. */
    record Release(int n, double publishedMean, double perturbedMean, double trueMean) {
    }

    private static Release release(Population population, int[] recordKeys, int leftOut) {
        Score score = population.score();
        List<ChangeClassification.Change> changes = new ArrayList<>();
        CellKeyPerturbation.GroupKeys keys = CellKeyPerturbation.GroupKeys.empty();
        for (int i = 0; i < population.changes().size(); i++) {
            if (i == leftOut) {
                continue;
            }
            BigDecimal change = population.changes().get(i);
            // only the change matters to the summary: baseline 0, latest the change
            ChangeClassification.Change classified = ChangeClassification.classify(Direction.HIGHER_IS_BETTER,
                    BigDecimal.valueOf(score.threshold()), BigDecimal.ZERO, change);
            changes.add(classified);
            keys.all().add(recordKeys[i]);
            switch (classified.outcome()) {
                case IMPROVED -> keys.improved().add(recordKeys[i]);
                case WORSE -> keys.worse().add(recordKeys[i]);
                default -> { }
            }
        }
        ChangeSummary truth = PairedChangeStatistics.summarise(changes);
        ChangeSummary released = PERTURBATION.summary(truth, keys, score.what(), score.threshold());
        double mean = BigDecimal.valueOf(released.meanChange().getAsDouble()).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
        return new Release(truth.n(), mean, released.meanChange().getAsDouble(), truth.meanChange().getAsDouble());
    }

    @Provide
    Arbitrary<Population> populations() {
        Arbitrary<Score> scores = Arbitraries.of(new Score("ucla3:total", 3, 9, 1, 0), new Score("ons4:anxious", 0, 10, 1, 0),
                new Score("swemwbs:total", 7, 35, 3, 2));
        return scores.flatMap(score -> {
            double width = score.max() - score.min();
            Arbitrary<BigDecimal> change = Arbitraries.bigDecimals().between(BigDecimal.valueOf(-width), BigDecimal.valueOf(width))
                    .ofScale(score.decimals());
            return Combinators.combine(change.list().ofMinSize(THRESHOLD + 1).ofMaxSize(80), Arbitraries.integers().between(0, 1000),
                    Arbitraries.longs()).as((changes, victim, seed) -> new Population(score, changes, victim % changes.size(), seed));
        });
    }
}
