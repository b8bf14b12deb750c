package org.signpost.directory.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.signpost.directory.model.HistoryEntry;
import org.signpost.directory.model.ListingContent;
import org.signpost.directory.model.ListingContents;
import org.signpost.directory.model.ListingAccess;
import org.signpost.directory.model.ListingField;
import org.signpost.directory.model.PendingChange;
import org.signpost.directory.model.ServiceListing;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.security.model.Actor;

/** Coordinators decide what groups' edits were held: approving publishes the held field onto the listing as it is now. */
@Singleton
public class PendingChangeReview {

    private final PendingChangeStore pending;
    private final ListingGuard guard;
    private final ListingStore store;
    private final ListingJournal journal;
    private final SearchOutbox search;
    private final DirectoryCalendar calendar;
    private final TransactionOperations<Connection> transactions;

    PendingChangeReview(PendingChangeStore pending, ListingGuard guard, ListingStore store, ListingJournal journal,
            SearchOutbox search, DirectoryCalendar calendar, TransactionOperations<Connection> transactions) {
        this.pending = pending;
        this.guard = guard;
        this.store = store;
        this.journal = journal;
        this.search = search;
        this.calendar = calendar;
        this.transactions = transactions;
    }

    /**
     * Coordinators and admins see every held change; a group editor sees (but cannot decide) those held on its own
     * organisation's listings, and is refused another organisation's listing.
     */
    public Page<PendingChange> list(Actor actor, UUID serviceId, int page, int perPage) {
        if (ListingAccess.mayReview(actor)) {
            return pending.pending(serviceId, null, page, perPage);
        }
        UUID organisation = actor.organisationId().filter(o -> actor.actsFor(o))
                .orElseThrow(() -> new ForbiddenException("Only a coordinator, an admin or the listing's own group may see held changes"));
        if (serviceId != null) {
            ListingGuard.requireEditor(actor, guard.load(serviceId).organisation().id());
        }
        return pending.pending(serviceId, organisation, page, perPage);
    }

    public PendingChange approve(Actor actor, UUID changeId, String note) {
        PendingChange change = undecided(actor, changeId);
        ServiceListing current = guard.load(change.serviceId());
        if (current.deletedAt() != null) {
            throw new ConflictException("The listing has been deleted");
        }
        ListingContent now = ListingContents.of(current);
        ListingContent next;
        try {
            next = change.field().take(now, change.proposed());
        } catch (ListingField.UnlistedLocation e) {
            throw new ConflictException("The held sessions are at a location the listing no longer lists; approve its locations change first");
        }
        boolean changes = change.field().differs(now, next);
        boolean decided = Boolean.TRUE.equals(transactions.executeWrite(status -> {
            var at = calendar.now();
            if (!pending.decide(changeId, PendingChange.State.APPROVED, actor.userId(), at, note)) {
                return false;
            }
            if (changes) {
                if (!store.update(current, next, at)) {
                    status.setRollbackOnly();
                    return false;
                }
                ServiceListing after = guard.load(current.id());
                journal.record(new HistoryEntry(current.id(), after.version(), HistoryEntry.Kind.APPROVE, actor.userId(), null, at,
                        current, after, null, Set.of(change.field())));
                search.enqueue(List.of(current.id()), at);
            }
            return true;
        }));
        if (!decided) {
            throw new ConflictException("The listing or the change moved on while you decided; look again and retry");
        }
        return pending.find(changeId).orElseThrow();
    }

    public PendingChange reject(Actor actor, UUID changeId, String note) {
        undecided(actor, changeId);
        boolean decided = Boolean.TRUE.equals(transactions.executeWrite(
                status -> pending.decide(changeId, PendingChange.State.REJECTED, actor.userId(), calendar.now(), note)));
        if (!decided) {
            throw new ConflictException("The change was decided by someone else");
        }
        return pending.find(changeId).orElseThrow();
    }

    private PendingChange undecided(Actor actor, UUID changeId) {
        ListingGuard.requireReviewer(actor);
        PendingChange change = pending.find(changeId).orElseThrow(() -> new NotFoundException("No pending change " + changeId));
        if (change.state() != PendingChange.State.PENDING) {
            throw new ConflictException("The change is already " + change.state().wire());
        }
        return change;
    }
}
