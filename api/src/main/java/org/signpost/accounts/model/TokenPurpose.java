package org.signpost.accounts.model;

/** What a single-use emailed link is for; each purpose is redeemed only by its own endpoint. */
public enum TokenPurpose {
    REGISTRATION,
    PASSWORD_RESET,
    STAFF_INVITATION,
    EDITOR_INVITATION,
    CLAIM_PROOF;

    public String wire() {
        return name().toLowerCase();
    }

    public static TokenPurpose fromWire(String value) {
        return valueOf(value.toUpperCase());
    }
}
