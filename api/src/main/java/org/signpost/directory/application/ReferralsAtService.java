package org.signpost.directory.application;

import java.util.List;
import java.util.UUID;

/**
 * What the referral feature knows about a service that the directory must respect: the referrals its
 * group received and has not finished with (a listing with people waiting on it is not withdrawn), and
 * the places those referrals hold (free places are derived from them, never written by a listing edit).
 * Implemented by the referral feature; both reads run in the caller's transaction.
 */
public interface ReferralsAtService {

    /** A referral the service's group received (sent or later) that is still open. No personal data. */
    record OpenReferral(UUID id, String status, boolean placeHeld) {
    }

    List<OpenReferral> open(UUID serviceId);

    /** How many referrals hold one of the service's places now. */
    int placesHeld(UUID serviceId);
}
