package org.signpost.directory.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a resident may see a listing (search results, the ORUK feed, the map), and if not why.
 * The one place this rule lives: the management API, the ORUK read API and the search indexer all
 * ask it. Checked in this order, the first that applies wins:
 * <ol>
 *   <li>{@link Reason#DELETED}: withdrawn (soft-deleted);</li>
 *   <li>{@link Reason#DRAFT}: never verified by a coordinator or admin;</li>
 *   <li>{@link Reason#NOT_ACTIVE}: HSDS status is not {@code active} (inactive, defunct, temporarily closed);</li>
 *   <li>{@link Reason#NEVER_ASSURED}: no assured_date at all;</li>
 *   <li>{@link Reason#STALE}: assured_date is older than {@code hide-after} (default 12 months) before today,
 *       so {@code assured_date >= today - hideAfter} is visible;</li>
 *   <li>otherwise {@link Reason#VISIBLE}.</li>
 * </ol>
 * Link workers and coordinators still see hidden listings, flagged with the reason.
 * "Today" is the deployment's local date (Europe/London by default), not UTC.
 */
public final class ResidentVisibility {

    public enum Reason {
        VISIBLE,
        DELETED,
        DRAFT,
        NOT_ACTIVE,
        NEVER_ASSURED,
        STALE;

        /** Lower-case wire form used by the API ({@code never_assured}). */
        public String wire() {
            return name().toLowerCase();
        }
    }

    /** The answer: visible or not, and the first reason that decided it. */
    public record Decision(boolean visible, Reason reason) {

        public static final Decision SHOWN = new Decision(true, Reason.VISIBLE);

        static Decision hidden(Reason reason) {
            return new Decision(false, reason);
        }
    }

    private final ReviewPeriods periods;

    public ResidentVisibility(ReviewPeriods periods) {
        this.periods = Objects.requireNonNull(periods);
    }

    public ReviewPeriods periods() {
        return periods;
    }

    public Decision decide(ServiceListing listing, LocalDate today) {
        return decide(listing.verification(), listing.status(), listing.deletedAt(), listing.assuredDate(), today, periods);
    }

    public Decision decide(Verification verification, ServiceStatus status, Instant deletedAt, LocalDate assuredDate,
            LocalDate today) {
        return decide(verification, status, deletedAt, assuredDate, today, periods);
    }

    /** The rule itself, with every input explicit. */
    public static Decision decide(Verification verification, ServiceStatus status, Instant deletedAt, LocalDate assuredDate,
            LocalDate today, ReviewPeriods periods) {
        if (deletedAt != null) {
            return Decision.hidden(Reason.DELETED);
        }
        if (verification != Verification.VERIFIED) {
            return Decision.hidden(Reason.DRAFT);
        }
        if (status != ServiceStatus.ACTIVE) {
            return Decision.hidden(Reason.NOT_ACTIVE);
        }
        if (assuredDate == null) {
            return Decision.hidden(Reason.NEVER_ASSURED);
        }
        if (periods.stale(assuredDate, today)) {
            return Decision.hidden(Reason.STALE);
        }
        return Decision.SHOWN;
    }

    /**
     * For queries that must filter in the database or the index: visible listings are exactly
     * {@code deleted_at IS NULL AND verification = 'verified' AND status = 'active'
     * AND assured_date >= oldestVisibleAssuredDate(today)}.
     */
    public LocalDate oldestVisibleAssuredDate(LocalDate today) {
        return periods.hideCutoff(today);
    }
}
