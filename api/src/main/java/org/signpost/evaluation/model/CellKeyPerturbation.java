package org.signpost.evaluation.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Perturbs what is released so that the difference of two releases does not give one person's
 * value (ONS cell-key perturbation). Small-cell suppression decides first, on the true counts;
 * then every published number gets noise that depends only on the cell's records (its
 * {@link CellKey}), so the same cell always gets the same noise.
 *
 * <ul>
 *   <li>A count: plus the {@link PerturbationTable} noise (-2..+2) for its count and cell key; a
 *       published count never falls below the threshold (noise that would take it there is
 *       reflected upwards) and a zero stays zero.</li>
 *   <li>A sum of changes (a mean's numerator): plus {@value #SUM_NOISE_PER_THRESHOLD} × the score's
 *       meaningful-change threshold × z, where z is the standard normal quantile of the cell's
 *       sum key (65,536 equally likely values, bounded at ±4.3) scrambled by the score. Two cells
 *       that differ by one person have independent keys, so their difference is off by
 *       12·T·√2 × a standard normal: within T of the truth with probability about 4.7%.</li>
 *   <li>A mean: the perturbed sum over the true n; its 95% interval is centred on it and widened
 *       by the noise's own spread.</li>
 * </ul>
 */
public final class CellKeyPerturbation {

    /** The sum noise's standard deviation, in meaningful-change thresholds. */
    public static final double SUM_NOISE_PER_THRESHOLD = 12.0;

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private final PerturbationTable table;
    private final int threshold;

    public CellKeyPerturbation(PerturbationTable table, int threshold) {
        this.table = Objects.requireNonNull(table, "table");
        this.threshold = threshold;
    }

    /** A published count (at or above the threshold, or zero): never below the threshold once perturbed. */
    public long count(long n, CellKey key) {
        if (n == 0) {
            return 0;
        }
        int noise = table.noise(n, key.countKey());
        long out = n + noise;
        return out < threshold ? n + Math.abs(noise) : out;
    }

    /** A count inside a published cell (e.g. how many improved): may be small, never negative. */
    public long part(long n, CellKey key) {
        return n == 0 ? 0 : Math.max(0, n + table.noise(n, key.countKey()));
    }

    /** The noise added to a sum of {@code what} (e.g. {@code ucla3:total}) whose meaningful change is {@code threshold}. */
    public static double sumNoise(CellKey key, String what, double meaningfulChange) {
        int scrambled = scramble(key.sumKey(), what);
        double u = (scrambled + 0.5) / CellKey.RECORD_KEYS;
        return SUM_NOISE_PER_THRESHOLD * meaningfulChange * NORMAL.inverseCumulativeProbability(u);
    }

    /**
     * A change summary as released: n and the counts improved / worse perturbed, the mean of the
     * perturbed sum, the interval re-centred and widened, % improved from the perturbed counts.
     */
    public ChangeSummary summary(ChangeSummary truth, GroupKeys keys, String what, double meaningfulChange) {
        if (truth.n() == 0) {
            return truth;
        }
        long n = count(truth.n(), keys.all());
        double noise = sumNoise(keys.all(), what, meaningfulChange);
        double mean = truth.meanChange().orElseThrow() + noise / truth.n();
        Optional<ChangeSummary.Interval> interval = truth.confidenceInterval95().map(i -> {
            double half = (i.upper() - i.lower()) / 2;
            double noiseHalf = 1.96 * SUM_NOISE_PER_THRESHOLD * meaningfulChange / truth.n();
            double widened = Math.sqrt(half * half + noiseHalf * noiseHalf);
            return new ChangeSummary.Interval(mean - widened, mean + widened);
        });
        long improved = Math.min(n, part(truth.improved(), keys.improved()));
        long worse = Math.min(n - improved, part(truth.worse(), keys.worse()));
        return new ChangeSummary((int) n, OptionalDouble.of(mean), interval, (int) improved, (int) (n - improved - worse), (int) worse,
                OptionalDouble.of(100.0 * improved / n));
    }

    /** The cell keys of a group: everyone, those who improved, those who got worse. */
    public record GroupKeys(CellKey all, CellKey improved, CellKey worse) {

        public static GroupKeys empty() {
            return new GroupKeys(new CellKey(), new CellKey(), new CellKey());
        }
    }

    /** A bijection of 16-bit keys that differs by {@code what}, so two scores of one cell get unrelated noise. */
    static int scramble(int key, String what) {
        int h = 0x811C9DC5;
        for (byte b : what.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ b) * 0x01000193;
        }
        int x = (key ^ h) & 0xFFFF;
        x = (x * 0x9E3B + (h >>> 16)) & 0xFFFF;
        x ^= x >>> 7;
        x = (x * 0x2C1D) & 0xFFFF;
        x ^= x >>> 9;
        x = (x * 0x7F4B) & 0xFFFF;
        return x ^ (x >>> 8);
    }
}
