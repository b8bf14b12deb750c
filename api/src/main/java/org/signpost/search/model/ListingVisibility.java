package org.signpost.search.model;

import java.time.LocalDate;
import org.signpost.directory.model.ReferralRoute;
import org.signpost.directory.model.ServiceStatus;

/**
 * Who may see a listing in search. Residents: active, verified, assured on or after the oldest
 * date the deployment allows, and open to self-referral. Link workers: active and verified (a
 * listing past its assurance window is shown to them, flagged stale). The index queries apply
 * the same rule as filters; this is it in Java, for what the index cannot filter (suggestions).
 */
public final class ListingVisibility {

    private ListingVisibility() {
    }

    public static boolean visible(Audience audience, String status, boolean verified, LocalDate assuredDate, String referralRoute,
            LocalDate oldestVisibleAssurance) {
        if (!verified || !ServiceStatus.ACTIVE.wire().equals(status)) {
            return false;
        }
        if (audience == Audience.LINK_WORKER) {
            return true;
        }
        return assuredDate != null && !assuredDate.isBefore(oldestVisibleAssurance)
                && !ReferralRoute.LINK_WORKER_REFERRAL.wire().equals(referralRoute);
    }
}
