package org.signpost.directory.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.signpost.directory.model.HistoryEntry;
import org.signpost.directory.model.ServiceListing;
import org.signpost.directory.model.Verification;
import org.signpost.platform.errors.ConflictException;
import org.signpost.security.model.Actor;

/** Verifying, confirming ("still true") and withdrawing listings: each a new version, in history, and re-indexed. */
@Singleton
public class ListingLifecycle {

    private interface Write {
        boolean apply(ServiceListing current, Instant now);
    }

    private final ListingGuard guard;
    private final ListingStore store;
    private final ListingJournal journal;
    private final SearchOutbox search;
    private final PendingChangeStore pending;
    private final DirectoryCalendar calendar;
    private final TransactionOperations<Connection> transactions;

    ListingLifecycle(ListingGuard guard, ListingStore store, ListingJournal journal, SearchOutbox search, PendingChangeStore pending,
            DirectoryCalendar calendar, TransactionOperations<Connection> transactions) {
        this.guard = guard;
        this.store = store;
        this.journal = journal;
        this.search = search;
        this.pending = pending;
        this.calendar = calendar;
        this.transactions = transactions;
    }

    /** A coordinator or admin verifies a draft. Verifying is a review, so the listing is assured today. */
    public ServiceListing verify(Actor actor, UUID id, long expectedVersion) {
        ListingGuard.requireReviewer(actor);
        ServiceListing current = guard.editable(actor, id, expectedVersion);
        if (current.verification() == Verification.VERIFIED) {
            throw new ConflictException("The listing is already verified");
        }
        return write(actor, current, HistoryEntry.Kind.VERIFY,
                (c, now) -> store.verify(c.id(), c.version(), actor.userId(), now, calendar.today()));
    }

    /** Its group or a coordinator confirms the listing is still true: assured today. */
    public ServiceListing confirm(Actor actor, UUID id, long expectedVersion) {
        ServiceListing current = guard.editable(actor, id, expectedVersion);
        return write(actor, current, HistoryEntry.Kind.CONFIRM, (c, now) -> store.confirm(c.id(), c.version(), now, calendar.today()));
    }

    /** Withdraws the listing (soft delete); its held changes lapse. */
    public ServiceListing delete(Actor actor, UUID id, long expectedVersion) {
        ServiceListing current = guard.editable(actor, id, expectedVersion);
        return write(actor, current, HistoryEntry.Kind.DELETE, (c, now) -> {
            boolean done = store.delete(c.id(), c.version(), now);
            if (done) {
                pending.supersede(c.id(), null, now);
            }
            return done;
        });
    }

    private ServiceListing write(Actor actor, ServiceListing current, HistoryEntry.Kind kind, Write write) {
        ServiceListing after = transactions.executeWrite(status -> {
            Instant now = calendar.now();
            if (!write.apply(current, now)) {
                return null;
            }
            ServiceListing changed = guard.load(current.id());
            journal.record(new HistoryEntry(current.id(), changed.version(), kind, actor.userId(), null, now, current, changed, null,
                    Set.of()));
            search.enqueue(List.of(current.id()), now);
            return changed;
        });
        if (after == null) {
            throw guard.lostRace(current.id());
        }
        return after;
    }
}
