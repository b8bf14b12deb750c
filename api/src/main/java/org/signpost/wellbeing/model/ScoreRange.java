package org.signpost.wellbeing.model;

import java.math.BigDecimal;

/** The lowest and highest score a score can take. */
public record ScoreRange(BigDecimal min, BigDecimal max) {

    public static ScoreRange of(long min, long max) {
        return new ScoreRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    public boolean contains(BigDecimal value) {
        return min.compareTo(value) <= 0 && value.compareTo(max) <= 0;
    }

    @Override
    public String toString() {
        return min.toPlainString() + ".." + max.toPlainString();
    }
}
