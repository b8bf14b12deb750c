package org.signpost.wellbeing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Bands of one score are sound when each has a label and runs upwards, all stay inside the
 * score's range, none overlap, and together they cover every score that can actually occur.
 */
final class BandRules {

    private BandRules() {
    }

    static void check(List<String> problems, String at, ScoreSpec spec, List<BigDecimal> possible) {
        if (spec.bands().isEmpty()) {
            return;
        }
        List<Band> sorted = new ArrayList<>(spec.bands());
        sorted.sort(Comparator.comparing(Band::from));
        Band previous = null;
        for (Band band : sorted) {
            String name = "'" + band.label() + "' (" + band.from().toPlainString() + ".." + band.to().toPlainString() + ")";
            if (band.label().isBlank()) {
                problems.add(at + ": a band from " + band.from().toPlainString() + " has no label");
            }
            if (band.from().compareTo(band.to()) > 0) {
                problems.add(at + ": band " + name + " starts above where it ends");
            }
            if (!spec.range().contains(band.from()) || !spec.range().contains(band.to())) {
                problems.add(at + ": band " + name + " goes outside the score range " + spec.range());
            }
            if (previous != null && band.from().compareTo(previous.to()) <= 0) {
                problems.add(at + ": bands '" + previous.label() + "' and " + name + " overlap");
            }
            previous = band;
        }
        List<String> uncovered = possible.stream().filter(v -> sorted.stream().noneMatch(b -> b.contains(v)))
                .map(BigDecimal::toPlainString).toList();
        if (!uncovered.isEmpty()) {
            problems.add(at + ": no band covers the possible score" + (uncovered.size() > 1 ? "s " : " ")
                    + String.join(", ", uncovered.subList(0, Math.min(10, uncovered.size())))
                    + (uncovered.size() > 10 ? " and " + (uncovered.size() - 10) + " more" : "") + " (the bands leave a gap)");
        }
    }

    /** Every value a score can actually take: each whole number in its range, or each value of the conversion table. */
    static List<BigDecimal> possibleValues(MeasureDefinition measure, ScoreSpec spec) {
        if (spec.kind() == ScoreKind.TOTAL && measure.scoring() == ScoringMethod.TABLE) {
            return List.copyOf(measure.conversionTable().orElseThrow().entries().values());
        }
        return IntStream.rangeClosed(spec.range().min().intValueExact(), spec.range().max().intValueExact())
                .mapToObj(BigDecimal::valueOf).toList();
    }
}
