package org.signpost.referral.model;

/** Where an onward referral to a community service is; see ReferralTransitions. */
public enum OnwardStatus {
    DRAFT,
    SENT,
    ACCEPTED,
    DECLINED,
    ATTENDED,
    DID_NOT_ATTEND,
    COMPLETED,
    CANCELLED;

    public String wire() {
        return name().toLowerCase();
    }

    public static OnwardStatus fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
