package org.signpost.referral.application;

import java.util.List;
import org.signpost.people.model.ContactMethod;
import org.signpost.referral.model.ContactAttempt;
import org.signpost.referral.model.OnwardReferral;
import org.signpost.referral.model.OnwardStatus;
import org.signpost.referral.model.ReferralTransitions;
import org.signpost.referral.model.StatusChange;

/**
 * An onward referral as one party sees it. The provider's view leaves out the episode and the
 * resident's id, and carries the shared fields only while the consent to share is in force.
 */
public record OnwardReferralView(
        OnwardReferral referral,
        String needName,
        Shared shared,
        boolean consentInForce,
        List<StatusChange> history,
        List<ContactAttempt> attempts,
        boolean forProvider) {

    /** What the resident agreed the provider may know. */
    public record Shared(String name, ContactMethod method, String contactNotes, String contact, String sharedInformation) {
    }

    /** The personal-data fields a provider sees, for the audit log. */
    public static final List<String> SHARED_FIELDS = List.of("name", "contact_preference", "contact", "need", "shared_information");

    /** The same view of the referral as it now stands. */
    public OnwardReferralView withReferral(OnwardReferral now) {
        return new OnwardReferralView(now, needName, shared, consentInForce, history, attempts, forProvider);
    }

    public List<OnwardStatus> legalTransitions() {
        return ReferralTransitions.legalFrom(referral.status());
    }
}
