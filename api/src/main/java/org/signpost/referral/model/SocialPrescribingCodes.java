package org.signpost.referral.model;

import java.util.Optional;

/**
 * The SNOMED CT concepts recorded against episode events so GP systems can be coded (the PCN DES
 * requires link-worker referrals to be coded).
 *
 * <p>A third national concept, "Social prescribing offered", exists; its id is deliberately not
 * here: add it only once checked in the NHS terminology browser.
 */
public final class SocialPrescribingCodes {

    /** A SNOMED CT concept id and its preferred term. */
    public record Concept(String code, String display) {
    }

    /** 871731000000106 |Referral to social prescribing service (procedure)|. */
    public static final Concept REFERRAL_TO_SOCIAL_PRESCRIBING =
            new Concept("871731000000106", "Referral to social prescribing service");

    /** 871711000000103 |Social prescribing declined (situation)|. */
    public static final Concept SOCIAL_PRESCRIBING_DECLINED = new Concept("871711000000103", "Social prescribing declined");

    private SocialPrescribingCodes() {
    }

    /**
     * What a transition codes: acceptance codes the referral; a decline codes "declined" only when
     * the resident declined (a service turning a referral away is not the person declining).
     */
    public static Optional<Concept> forTransition(EpisodeStatus to, EpisodeDeclineReason declineReason) {
        if (to == EpisodeStatus.ACCEPTED) {
            return Optional.of(REFERRAL_TO_SOCIAL_PRESCRIBING);
        }
        if (to == EpisodeStatus.DECLINED && declineReason == EpisodeDeclineReason.RESIDENT_DECLINED) {
            return Optional.of(SOCIAL_PRESCRIBING_DECLINED);
        }
        return Optional.empty();
    }
}
