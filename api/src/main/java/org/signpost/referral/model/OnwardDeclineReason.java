package org.signpost.referral.model;

/** Why a provider declined an onward referral. */
public enum OnwardDeclineReason {
    NO_CAPACITY,
    NOT_ELIGIBLE,
    COULD_NOT_CONTACT,
    NO_LONGER_INTERESTED,
    OTHER;

    public String wire() {
        return name().toLowerCase();
    }

    public static OnwardDeclineReason fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
