package org.signpost.referral.model;

import org.signpost.directory.model.ServiceListing;
import org.signpost.directory.model.Verification;
import org.signpost.platform.rules.Decision;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceStatus;

/**
 * Whether a link worker may refer someone to a service: it is in the directory, not deleted,
 * verified, active, and takes referrals from link workers. Capacity is a separate question
 * (a full service can still be referred to with an override reason).
 */
public final class ServiceReferability {

    private ServiceReferability() {
    }

    public static Decision check(ServiceListing service) {
        if (service.deletedAt() != null) {
            return Decision.deny("The service was deleted from the directory");
        }
        if (service.status() == ServiceStatus.DEFUNCT) {
            return Decision.deny("The service is defunct");
        }
        if (service.verification() != Verification.VERIFIED) {
            return Decision.deny("The service is not verified yet");
        }
        if (service.status() != ServiceStatus.ACTIVE) {
            return Decision.deny("The service is " + service.status().code());
        }
        if (service.referralRoute() == ReferralRoute.SELF_REFERRAL) {
            return Decision.deny("The service takes self-referrals only");
        }
        return Decision.allow();
    }

    /** No place left at a service that tracks places. */
    public static boolean full(ServiceListing service) {
        return service.capacity() != null && service.capacity().available() != null && service.capacity().available() <= 0;
    }
}
