package org.signpost.wellbeing.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A closed range of scores, {@code from} to {@code to} inclusive, with the label it carries. */
public record Band(BigDecimal from, BigDecimal to, String label) {

    public Band {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(label, "label");
    }

    public boolean contains(BigDecimal score) {
        return from.compareTo(score) <= 0 && score.compareTo(to) <= 0;
    }
}
