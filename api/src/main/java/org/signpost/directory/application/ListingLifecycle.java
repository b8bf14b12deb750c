package org.signpost.directory.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
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
    private final ReferralsAtService referrals;
    private final DirectoryCalendar calendar;
    private final TransactionOperations<Connection> transactions;

    ListingLifecycle(ListingGuard guard, ListingStore store, ListingJournal journal, SearchOutbox search, PendingChangeStore pending,
            ReferralsAtService referrals, DirectoryCalendar calendar, TransactionOperations<Connection> transactions) {
        this.guard = guard;
        this.store = store;
        this.journal = journal;
        this.search = search;
        this.pending = pending;
        this.referrals = referrals;
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

    /**
     * Withdraws the listing (soft delete); its held changes lapse. Refused (409, naming them) while its group has
     * referrals it has not finished with: those are people waiting for an answer or already attending, and each
     * needs the group's own word (a decline with its reason, or an outcome) before the listing goes.
     */
    public ServiceListing delete(Actor actor, UUID id, long expectedVersion) {
        ServiceListing current = guard.editable(actor, id, expectedVersion);
        return write(actor, current, HistoryEntry.Kind.DELETE, (c, now) -> {
            refuseWhileReferralsAreOpen(referrals.open(c.id()));
            boolean done = store.delete(c.id(), c.version(), now);
            if (done) {
                pending.supersede(c.id(), null, now);
            }
            return done;
        });
    }

    private static void refuseWhileReferralsAreOpen(List<ReferralsAtService.OpenReferral> open) {
        if (open.isEmpty()) {
            return;
        }
        Map<String, Long> byStatus = open.stream().collect(Collectors.groupingBy(ReferralsAtService.OpenReferral::status,
                TreeMap::new, Collectors.counting()));
        String counts = byStatus.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        List<Map<String, Object>> named = open.stream().map(r -> Map.<String, Object>of("id", r.id().toString(), "status", r.status(),
                "place_held", r.placeHeld())).toList();
        throw new ConflictException("The listing has " + open.size() + " open referral" + (open.size() == 1 ? "" : "s") + " (" + counts
                + "): answer each (decline it with a reason the referrer sees, or record its outcome) before deleting the listing",
                Map.of("open_referrals", named));
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
