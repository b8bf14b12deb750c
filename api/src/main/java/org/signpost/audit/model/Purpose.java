package org.signpost.audit.model;

import java.util.Arrays;
import java.util.Optional;

/** Why someone reads a resident's personal data: a fixed list, stated on every read. */
public enum Purpose {
    DIRECT_CARE,
    REFERRAL_MANAGEMENT,
    SAFEGUARDING,
    SERVICE_ADMINISTRATION,
    RESIDENT_OWN_ACCESS;

    /** The request header that states it. */
    public static final String HEADER = "X-Purpose-Of-Use";

    public static Optional<Purpose> parse(String stated) {
        if (stated == null) {
            return Optional.empty();
        }
        String wanted = stated.trim();
        return Arrays.stream(values()).filter(p -> p.name().equals(wanted)).findFirst();
    }
}
