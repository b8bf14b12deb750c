package org.signpost.search.model;

import java.time.LocalDate;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.directory.model.ServiceStatus;

/**
 * Who may see a listing in search. Residents: the public rule, {@link ResidentVisibility.Criteria}
 * (the ORUK feed applies the same). Link workers: active and verified (a listing past its assurance
 * window is shown to them, flagged stale). The index queries apply the same rule as filters; this
 * is it in Java, for what the index cannot filter (suggestions).
 */
public final class ListingVisibility {

    private ListingVisibility() {
    }

    public static boolean visible(Audience audience, String status, boolean verified, LocalDate assuredDate, String referralRoute,
            LocalDate oldestVisibleAssurance) {
        if (audience == Audience.LINK_WORKER) {
            return verified && ServiceStatus.ACTIVE.wire().equals(status);
        }
        return new ResidentVisibility.Criteria(oldestVisibleAssurance).admits(false, verified, status, assuredDate, referralRoute);
    }
}
