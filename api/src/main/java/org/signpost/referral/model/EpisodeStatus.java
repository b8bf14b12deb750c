package org.signpost.referral.model;

/** Where a resident's episode with the social prescribing service is. */
public enum EpisodeStatus {
    REFERRED,
    ACCEPTED,
    DECLINED,
    CLOSED;

    public String wire() {
        return name().toLowerCase();
    }

    public static EpisodeStatus fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
