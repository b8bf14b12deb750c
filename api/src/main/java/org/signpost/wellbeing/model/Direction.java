package org.signpost.wellbeing.model;

import java.math.BigDecimal;

/** Which way a score moves when a person is doing better. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** The change re-signed so that a positive number always means "better". */
    public BigDecimal towardsBetter(BigDecimal change) {
        return this == HIGHER_IS_BETTER ? change : change.negate();
    }
}
