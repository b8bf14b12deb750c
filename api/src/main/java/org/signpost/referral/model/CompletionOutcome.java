package org.signpost.referral.model;

/** How an onward referral ended for the resident, as the provider records it. */
public enum CompletionOutcome {
    NEED_MET,
    NEED_PARTLY_MET,
    NEED_NOT_MET,
    OTHER;

    public String wire() {
        return name().toLowerCase();
    }

    public static CompletionOutcome fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
