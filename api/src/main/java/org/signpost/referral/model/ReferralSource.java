package org.signpost.referral.model;

/** Where a referral into the social prescribing service came from. */
public enum ReferralSource {
    GP_PRACTICE,
    OTHER_PROFESSIONAL,
    COUNCIL,
    VCFSE,
    SELF_REFERRAL;

    public String wire() {
        return name().toLowerCase();
    }

    public static ReferralSource fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
