package org.signpost.directory.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceStatus;

/**
 * Who may see a listing (residents in search, suggestions and the map, the ORUK feed, link workers),
 * and if not why. The one place this rule lives: {@link Criteria#conditions()} states it once; the Java
 * check ({@link Criteria#decide}), the database filter ({@link Criteria#sql}) and the index filter
 * (search's {@link Renderer}) all come from those conditions, so the ORUK feed, resident search and
 * link-worker search cannot disagree ({@code VisibilityAgreesInJavaSqlAndTheIndexTest} checks it). The
 * window ({@code signpost.directory.hide-after}) and the zone that says what "today" is
 * ({@code signpost.directory.zone}) are configured once, in {@code DirectorySettings}. For the public, checked in this order, the first that applies wins:
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
     * Who is looking. {@link #PUBLIC}: residents (search, suggestions, the map) and the ORUK feed.
     * {@link #LINK_WORKER}: link workers and coordinators searching, who also see referral-only
     * listings and listings past the review window (flagged, {@link Criteria#flaggedStale}). A group
     * sees its own listings in every state through {@link ListingAccess}, not through this filter.
     */
    public enum Viewer {
        PUBLIC,
        LINK_WORKER
    }

    /** The stored values the rule reads. */
    public record Facts(Verification verification, ServiceStatus status, Instant deletedAt, LocalDate assuredDate,
            ReferralRoute route) {
    }

    /**
     * One condition of the rule in a query language: the database ({@link #sql}) and the search index
     * (search's {@code ListingFilters}) each implement this, translating words, never deciding which
     * conditions apply; that is {@link Criteria#conditions()}.
     */
    public interface Renderer<Q> {
        Q notDeleted();

        Q verified();

        Q statusIs(ServiceStatus status);

        Q assuredOnOrAfter(LocalDate since);

        Q routeIsNot(ReferralRoute route);
    }

    /** One condition: checked in Java, the reason when it fails, and rendered for a query. */
    public sealed interface Condition {
        boolean holds(Facts facts);

        Reason failure(Facts facts);

        <Q> Q render(Renderer<Q> renderer);
    }

    record NotDeleted() implements Condition {
        public boolean holds(Facts f) {
            return f.deletedAt() == null;
        }

        public Reason failure(Facts f) {
            return Reason.DELETED;
        }

        public <Q> Q render(Renderer<Q> r) {
            return r.notDeleted();
        }
    }

    record IsVerified() implements Condition {
        public boolean holds(Facts f) {
            return f.verification() == Verification.VERIFIED;
        }

        public Reason failure(Facts f) {
            return Reason.DRAFT;
        }

        public <Q> Q render(Renderer<Q> r) {
            return r.verified();
        }
    }

    record StatusIs(ServiceStatus status) implements Condition {
        public boolean holds(Facts f) {
            return f.status() == status;
        }

        public Reason failure(Facts f) {
            return Reason.NOT_ACTIVE;
        }

        public <Q> Q render(Renderer<Q> r) {
            return r.statusIs(status);
        }
    }

    record AssuredSince(LocalDate since) implements Condition {
        public boolean holds(Facts f) {
            return f.assuredDate() != null && !f.assuredDate().isBefore(since);
        }

        public Reason failure(Facts f) {
            return f.assuredDate() == null ? Reason.NEVER_ASSURED : Reason.STALE;
        }

        public <Q> Q render(Renderer<Q> r) {
            return r.assuredOnOrAfter(since);
        }
    }

    record RouteIsNot(ReferralRoute route) implements Condition {
        public boolean holds(Facts f) {
            return f.route() != route;
        }

        public Reason failure(Facts f) {
            return Reason.LINK_WORKER_ONLY;
        }

        public <Q> Q render(Renderer<Q> r) {
            return r.routeIsNot(route);
        }
    }

    /**
     * The rule for one viewer on one day, as its conditions in order: decided in Java ({@link #decide}),
     * rendered as SQL ({@link #sql}) or by any other {@link Renderer} (search renders it for the index).
     *
     * @param assuredSince the oldest assured date the public sees (today minus {@code hide-after})
     */
    public record Criteria(Viewer viewer, LocalDate assuredSince) {

        public Criteria {
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(assuredSince, "assuredSince");
        }

        /** Every condition a listing must meet, in the order that names the reason it is hidden. */
        public List<Condition> conditions() {
            List<Condition> all = new ArrayList<>(List.of(new NotDeleted(), new IsVerified(), new StatusIs(ServiceStatus.ACTIVE)));
            if (viewer == Viewer.PUBLIC) {
                all.add(new AssuredSince(assuredSince));
                all.add(new RouteIsNot(ReferralRoute.LINK_WORKER_REFERRAL));
            }
            return List.copyOf(all);
        }

        public Decision decide(Facts facts) {
            for (Condition condition : conditions()) {
                if (!condition.holds(facts)) {
                    return Decision.hidden(condition.failure(facts));
                }
            }
            return Decision.SHOWN;
        }

        public boolean admits(Facts facts) {
            return decide(facts).visible();
        }

        public <Q> List<Q> render(Renderer<Q> renderer) {
            return conditions().stream().map(c -> c.<Q>render(renderer)).toList();
        }

        /** A WHERE condition over the service table under {@code alias}, with its parameters in order. */
        public SqlFilter sql(String alias) {
            List<SqlFilter> parts = render(new SqlRenderer(alias + "."));
            List<Object> parameters = new ArrayList<>();
            parts.forEach(p -> parameters.addAll(p.parameters()));
            return new SqlFilter(String.join(" AND ", parts.stream().map(SqlFilter::where).toList()), List.copyOf(parameters));
        }

        /** What a link worker is told of a listing they see: past the public window, or never assured at all. */
        public boolean flaggedStale(LocalDate assuredDate) {
            return assuredDate == null || assuredDate.isBefore(assuredSince);
        }
    }

    /** A SQL condition and its parameters. */
    public record SqlFilter(String where, List<Object> parameters) {
    }

    /** The conditions over the {@code service} table's columns. */
    private record SqlRenderer(String prefix) implements Renderer<SqlFilter> {
        public SqlFilter notDeleted() {
            return new SqlFilter(prefix + "deleted_at IS NULL", List.of());
        }

        public SqlFilter verified() {
            return new SqlFilter(prefix + "verification = ?", List.of(Verification.VERIFIED.wire()));
        }

        public SqlFilter statusIs(ServiceStatus status) {
            return new SqlFilter(prefix + "status = ?", List.of(status.code()));
        }

        public SqlFilter assuredOnOrAfter(LocalDate since) {
            return new SqlFilter(prefix + "assured_date >= ?", List.of(since));
        }

        public SqlFilter routeIsNot(ReferralRoute route) {
            return new SqlFilter(prefix + "referral_route <> ?", List.of(route.code()));
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
        return new Criteria(Viewer.PUBLIC, periods.hideCutoff(today))
                .decide(new Facts(verification, status, deletedAt, assuredDate, route));
    }

    /** For queries that must filter in the database or the index: exactly the listings {@link #decide} shows on {@code today}. */
    public Criteria criteria(LocalDate today) {
        return criteria(Viewer.PUBLIC, today);
    }

    /** What {@code viewer} sees on {@code today}. */
    public Criteria criteria(Viewer viewer, LocalDate today) {
        return new Criteria(viewer, oldestVisibleAssuredDate(today));
    }

    public LocalDate oldestVisibleAssuredDate(LocalDate today) {
        return periods.hideCutoff(today);
    }
}
