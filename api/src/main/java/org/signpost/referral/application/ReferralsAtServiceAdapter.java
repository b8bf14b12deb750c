package org.signpost.referral.application;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.signpost.directory.application.ReferralsAtService;
import org.signpost.referral.infrastructure.OnwardReferralRepository;

/** {@link ReferralsAtService} from the onward referrals. */
@Singleton
class ReferralsAtServiceAdapter implements ReferralsAtService {

    private final OnwardReferralRepository referrals;

    ReferralsAtServiceAdapter(OnwardReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Override
    public List<OpenReferral> open(UUID serviceId) {
        return referrals.openReceivedAt(serviceId).stream()
                .map(r -> new OpenReferral(r.id(), r.status().wire(), r.placeHeld())).toList();
    }

    @Override
    public int placesHeld(UUID serviceId) {
        return referrals.placesHeldAt(serviceId);
    }
}
