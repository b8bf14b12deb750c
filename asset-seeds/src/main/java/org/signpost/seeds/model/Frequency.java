package org.signpost.seeds.model;

import java.util.Optional;

/** HSDS schedule frequency (RRULE FREQ), as far as HSDS allows it. */
public enum Frequency implements Coded {
    WEEKLY,
    MONTHLY;

    @Override
    public String code() {
        return name();
    }

    public static Optional<Frequency> fromCode(String code) {
        return Coded.fromCode(Frequency.class, code);
    }

    public static String allowedCodes() {
        return Coded.codes(Frequency.class);
    }
}
