package org.signpost.directory.model;

/** Who can send someone: the person themselves, a link worker, or either. */
public enum ReferralRoute {
    SELF_REFERRAL,
    LINK_WORKER_REFERRAL,
    BOTH;

    public String wire() {
        return name().toLowerCase();
    }
}
