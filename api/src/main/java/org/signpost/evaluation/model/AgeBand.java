package org.signpost.evaluation.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** The age group an evaluator sees instead of a date of birth: age in whole years at a reference date. */
public enum AgeBand {
    UNDER_18("0-17", 0, 17),
    AGE_18_24("18-24", 18, 24),
    AGE_25_34("25-34", 25, 34),
    AGE_35_44("35-44", 35, 44),
    AGE_45_54("45-54", 45, 54),
    AGE_55_64("55-64", 55, 64),
    AGE_65_74("65-74", 65, 74),
    AGE_75_84("75-84", 75, 84),
    AGE_85_PLUS("85+", 85, Integer.MAX_VALUE);

    private final String label;
    private final int from;
    private final int to;

    AgeBand(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    /** The band of someone born on {@code dateOfBirth}, as at {@code on} (e.g. the outcome's date). */
    public static AgeBand of(LocalDate dateOfBirth, LocalDate on) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(on, "on");
        if (dateOfBirth.isAfter(on)) {
            throw new IllegalArgumentException("Born " + dateOfBirth + ", after the reference date " + on);
        }
        return ofAge(Period.between(dateOfBirth, on).getYears());
    }

    public static AgeBand ofAge(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("An age cannot be negative: " + years);
        }
        for (AgeBand band : values()) {
            if (band.from <= years && years <= band.to) {
                return band;
            }
        }
        throw new IllegalStateException("No band for " + years);
    }
}
