package org.signpost.seeds.model;

import java.util.Optional;

/** Who may refer a resident to the service (our extension {@code x_referral_route}). */
public enum ReferralRoute implements Coded {
    SELF_REFERRAL("self_referral"),
    LINK_WORKER_REFERRAL("link_worker_referral"),
    BOTH("both");

    private final String code;

    ReferralRoute(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<ReferralRoute> fromCode(String code) {
        return Coded.fromCode(ReferralRoute.class, code);
    }

    public static String allowedCodes() {
        return Coded.codes(ReferralRoute.class);
    }
}
