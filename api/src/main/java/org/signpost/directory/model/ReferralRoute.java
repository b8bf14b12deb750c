package org.signpost.directory.model;

/** Who can send someone: the person themselves, a link worker, or either. */
public enum ReferralRoute {
    SELF_REFERRAL,
    LINK_WORKER_REFERRAL,
    BOTH;

    public String wire() {
        return name().toLowerCase();
    }

    public static java.util.Optional<ReferralRoute> fromWire(String value) {
        return java.util.Arrays.stream(values()).filter(r -> r.wire().equalsIgnoreCase(value == null ? "" : value.trim())).findFirst();
    }
}
