package org.signpost.wellbeing.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Raw total to score, one entry for every raw total the items can add up to (SWEMWBS metric). */
public record ConversionTable(SortedMap<Integer, BigDecimal> entries) {

    public ConversionTable {
        entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    public Optional<BigDecimal> convert(int raw) {
        return Optional.ofNullable(entries.get(raw));
    }

    public ScoreRange range() {
        BigDecimal min = entries.values().stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal max = entries.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return new ScoreRange(min, max);
    }
}
