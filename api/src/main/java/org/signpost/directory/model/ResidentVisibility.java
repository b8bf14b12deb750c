package org.signpost.directory.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether the public may see a listing (resident search, suggestions, the map, the ORUK feed), and
 * if not why. The one place this rule lives: the Java check ({@link #decide}), the database filter
 * ({@link Criteria#sql}) and the index filter (search renders {@link Criteria}) all come from here, so
 * the ORUK feed and resident search cannot disagree. Checked in this order, the first that applies wins:
 * <ol>
 *   <li>{@link Reason#DELETED}: withdrawn (soft-deleted);</li>
 *   <li>{@link Reason#DRAFT}: never verified by a coordinator or admin;</li>
 *   <li>{@link Reason#NOT_ACTIVE}: HSDS status is not {@code active} (inactive, defunct, temporarily closed);</li>
 *   <li>{@link Reason#NEVER_ASSURED}: no assured_date at all;</li>
 *   <li>{@link Reason#STALE}: assured_date is older than {@code hide-after} (default 12 months) before today,
 *       so {@code assured_date >= today - hideAfter} is visible;</li>
 *   <li>{@link Reason#LINK_WORKER_ONLY}: referral only through a link worker (a resident cannot take it up);</li>
 *   <li>otherwise {@link Reason#VISIBLE}.</li>
 * </ol>
 * Of a visible listing the public sees everything but its capacity ({@link #PUBLIC_CAPACITY}): free
 * places are for link workers deciding a referral, not a public promise.
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
        STALE,
        LINK_WORKER_ONLY;

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

    /** Whether the public is shown a listing's capacity (places held and free): never. */
    public static final boolean PUBLIC_CAPACITY = false;

    /**
     * The rule as a filter over stored fields, for the database and the search index: verified,
     * {@link #STATUS} active, not deleted, assured on or after {@code assuredSince}, and not
     * {@link #HIDDEN_ROUTE}. Search's index holds only undeleted listings and a verified flag.
     */
    public record Criteria(LocalDate assuredSince) {

        public static final ServiceStatus STATUS = ServiceStatus.ACTIVE;
        public static final ReferralRoute HIDDEN_ROUTE = ReferralRoute.LINK_WORKER_REFERRAL;

        public Criteria {
            Objects.requireNonNull(assuredSince, "assuredSince");
        }

        /** The same rule over stored values ({@code route} in wire form). */
        public boolean admits(boolean deleted, boolean verified, String status, LocalDate assuredDate, String route) {
            return !deleted && verified && STATUS.wire().equals(status) && assuredDate != null && !assuredDate.isBefore(assuredSince)
                    && !HIDDEN_ROUTE.wire().equals(route);
        }

        /** A WHERE condition over the service table under {@code alias}, with its parameters in order. */
        public SqlFilter sql(String alias) {
            String s = alias + ".";
            return new SqlFilter(s + "verification = 'verified' AND " + s + "status = ? AND " + s + "deleted_at IS NULL AND "
                    + s + "assured_date >= ? AND " + s + "referral_route <> ?", List.of(STATUS.wire(), assuredSince, HIDDEN_ROUTE.wire()));
        }
    }

    /** A SQL condition and its parameters. */
    public record SqlFilter(String where, List<Object> parameters) {
    }

    private final ReviewPeriods periods;

    public ResidentVisibility(ReviewPeriods periods) {
        this.periods = Objects.requireNonNull(periods);
    }

    public ReviewPeriods periods() {
        return periods;
    }

    public Decision decide(ServiceListing listing, LocalDate today) {
        return decide(listing.verification(), listing.status(), listing.deletedAt(), listing.assuredDate(), listing.referralRoute(),
                today, periods);
    }

    public Decision decide(ListingSummary summary, LocalDate today) {
        return decide(summary.verification(), summary.status(), summary.deletedAt(), summary.assuredDate(), summary.referralRoute(),
                today, periods);
    }

    public Decision decide(Verification verification, ServiceStatus status, Instant deletedAt, LocalDate assuredDate,
            ReferralRoute route, LocalDate today) {
        return decide(verification, status, deletedAt, assuredDate, route, today, periods);
    }

    /** The rule itself, with every input explicit. */
    public static Decision decide(Verification verification, ServiceStatus status, Instant deletedAt, LocalDate assuredDate,
            ReferralRoute route, LocalDate today, ReviewPeriods periods) {
        if (deletedAt != null) {
            return Decision.hidden(Reason.DELETED);
        }
        if (verification != Verification.VERIFIED) {
            return Decision.hidden(Reason.DRAFT);
        }
        if (status != Criteria.STATUS) {
            return Decision.hidden(Reason.NOT_ACTIVE);
        }
        if (assuredDate == null) {
            return Decision.hidden(Reason.NEVER_ASSURED);
        }
        if (periods.stale(assuredDate, today)) {
            return Decision.hidden(Reason.STALE);
        }
        if (route == Criteria.HIDDEN_ROUTE) {
            return Decision.hidden(Reason.LINK_WORKER_ONLY);
        }
        return Decision.SHOWN;
    }

    /** For queries that must filter in the database or the index: exactly the listings {@link #decide} shows on {@code today}. */
    public Criteria criteria(LocalDate today) {
        return new Criteria(oldestVisibleAssuredDate(today));
    }

    public LocalDate oldestVisibleAssuredDate(LocalDate today) {
        return periods.hideCutoff(today);
    }
}
