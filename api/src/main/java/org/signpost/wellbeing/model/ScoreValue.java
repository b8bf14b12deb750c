package org.signpost.wellbeing.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/** One score worked out from a set of answers: the value, the raw total it came from (TABLE), and its band. */
public record ScoreValue(ScoreSpec spec, OptionalInt raw, BigDecimal value, Optional<String> band) {

    public String key() {
        return spec.key();
    }
}
