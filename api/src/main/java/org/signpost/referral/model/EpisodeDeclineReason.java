package org.signpost.referral.model;

/** Why a referral into the service was declined; only the resident declining is coded as "Social prescribing declined". */
public enum EpisodeDeclineReason {
    RESIDENT_DECLINED,
    NOT_ELIGIBLE,
    COULD_NOT_CONTACT,
    DUPLICATE_REFERRAL,
    OTHER;

    public String wire() {
        return name().toLowerCase();
    }

    public static EpisodeDeclineReason fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
