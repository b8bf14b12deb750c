package org.signpost.wellbeing.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One score a measure produces (its total, one item of an item-by-item measure, or a sub-score),
 * with everything needed to read it: range, which way is better, the meaningful change, bands.
 */
public record ScoreSpec(
        String key,
        ScoreKind kind,
        String name,
        ScoreRange range,
        Direction direction,
        BigDecimal meaningfulChange,
        List<Band> bands) {

    /** The key of the single score of a SUM or TABLE measure. */
    public static final String TOTAL = "total";

    public ScoreSpec {
        bands = List.copyOf(bands);
    }

    public Optional<String> bandOf(BigDecimal value) {
        return bands.stream().filter(band -> band.contains(value)).map(Band::label).findFirst();
    }
}
