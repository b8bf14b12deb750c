package org.signpost.referral.model;

/** What happened when someone tried to reach the resident. */
public enum ContactAttemptOutcome {
    REACHED,
    NO_ANSWER,
    LEFT_MESSAGE,
    WRONG_NUMBER;

    public String wire() {
        return name().toLowerCase();
    }

    public static ContactAttemptOutcome fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
