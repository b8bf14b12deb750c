package org.signpost.directory.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The accessibility features a place can carry as a code, the codes search filters on. The contract lists the same
 * values (schema {@code AccessibilityFeature}); an entry with no code is described in words only. Wire form is the
 * lower-case name.
 */
public enum AccessibilityCode {
    STEP_FREE,
    ACCESSIBLE_TOILET,
    HEARING_LOOP,
    LIFT,
    PARKING,
    PUBLIC_TRANSPORT,
    QUIET_ROOM,
    BABY_CHANGING;

    /** Every wire form, comma separated, for messages that say what is allowed. */
    public static final String ALLOWED = Arrays.stream(values()).map(AccessibilityCode::wire).collect(Collectors.joining(", "));

    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<AccessibilityCode> fromWire(String value) {
        return Arrays.stream(values()).filter(c -> c.wire().equals(value)).findFirst();
    }
}
