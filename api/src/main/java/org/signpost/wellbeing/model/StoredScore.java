package org.signpost.wellbeing.model;

import java.math.BigDecimal;

/** One score of an outcome record as it was scored when recorded (an outcome_score row). {@code raw} and {@code band} may be null. */
public record StoredScore(String key, Integer raw, BigDecimal value, String band) {

    public static StoredScore of(ScoreValue value) {
        return new StoredScore(value.key(), value.raw().isPresent() ? value.raw().getAsInt() : null, value.value(),
                value.band().orElse(null));
    }
}
