package org.signpost.directory.application;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.signpost.directory.model.HistoryEntry;
import org.signpost.directory.model.ListingAccess;
import org.signpost.directory.model.ListingSummary;
import org.signpost.directory.model.PendingChange;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.directory.model.ReviewPeriods;
import org.signpost.directory.model.ServiceListing;
import org.signpost.directory.model.Verification;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;

/** Reading listings for staff: one listing with its flags, lists, the review queue, history. */
@Singleton
public class ListingReader {

    /** A listing with what staff need to see about it today. */
    public record ListingView(ServiceListing listing, ResidentVisibility.Decision visibility, boolean reviewDue, boolean stale,
            List<PendingChange> pendingChanges) {
    }

    private final ListingGuard guard;
    private final ListingQueries queries;
    private final ListingJournal journal;
    private final PendingChangeStore pending;
    private final ResidentVisibility visibility;
    private final ReviewPeriods periods;
    private final DirectoryCalendar calendar;

    ListingReader(ListingGuard guard, ListingQueries queries, ListingJournal journal, PendingChangeStore pending,
            ResidentVisibility visibility, ReviewPeriods periods, DirectoryCalendar calendar) {
        this.guard = guard;
        this.queries = queries;
        this.journal = journal;
        this.pending = pending;
        this.visibility = visibility;
        this.periods = periods;
        this.calendar = calendar;
    }

    public ListingView get(Actor actor, UUID id) {
        return view(actor, guard.readable(actor, id));
    }

    /** The flags for a listing just written or read. */
    public ListingView view(Actor actor, ServiceListing listing) {
        var today = calendar.today();
        boolean editor = ListingAccess.mayEdit(actor, listing.organisation().id());
        return new ListingView(listing, visibility.decide(listing, today),
                listing.verification() == Verification.VERIFIED && periods.reviewDue(listing.assuredDate(), today),
                periods.stale(listing.assuredDate(), today), editor ? pending.pendingFor(listing.id()) : List.of());
    }

    public ResidentVisibility.Decision visibility(ListingSummary summary) {
        return visibility.decide(summary, calendar.today());
    }

    public boolean reviewDue(ListingSummary summary) {
        return summary.verification() == Verification.VERIFIED && summary.deletedAt() == null
                && periods.reviewDue(summary.assuredDate(), calendar.today());
    }

    public Page<ListingSummary> list(Actor actor, UUID organisationId, Verification verification, boolean includeDeleted, int page,
            int perPage) {
        return queries.list(scope(actor, organisationId, true), verification, includeDeleted, page, perPage);
    }

    public Page<ListingSummary> reviewDue(Actor actor, UUID organisationId, int page, int perPage) {
        return queries.reviewDue(scope(actor, organisationId, false), periods.reviewCutoff(calendar.today()), page, perPage);
    }

    public Page<HistoryEntry> history(Actor actor, UUID id, int page, int perPage) {
        ServiceListing listing = guard.load(id);
        ListingGuard.requireEditor(actor, listing.organisation().id());
        return journal.page(id, page, perPage);
    }

    /** Which organisation a list covers: a group editor only ever their own; null is every organisation. */
    private static UUID scope(Actor actor, UUID asked, boolean linkWorkersSeeAll) {
        if (ListingAccess.mayReview(actor) || (linkWorkersSeeAll && actor.has(Role.LINK_WORKER))) {
            return asked;
        }
        UUID own = actor.organisationId().filter(o -> actor.has(Role.GROUP_EDITOR))
                .orElseThrow(() -> new ForbiddenException("Not yours to list"));
        if (asked != null && !asked.equals(own)) {
            throw new ForbiddenException("A group editor sees only their own organisation's listings");
        }
        return own;
    }
}
