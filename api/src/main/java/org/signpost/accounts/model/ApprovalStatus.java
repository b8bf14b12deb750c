package org.signpost.accounts.model;

/** Where a group sign-up or a listing claim stands. Only a sign-up never waits for an email. */
public enum ApprovalStatus {
    AWAITING_EMAIL,
    PENDING,
    APPROVED,
    REJECTED;

    public String wire() {
        return name().toLowerCase();
    }

    public static ApprovalStatus fromWire(String value) {
        return valueOf(value.toUpperCase());
    }

    /** Still to be decided (a coordinator may decide a claim whose proof email was never confirmed). */
    public boolean open() {
        return this == AWAITING_EMAIL || this == PENDING;
    }
}
