package org.signpost.directory.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.signpost.directory.model.EditPlan;
import org.signpost.directory.model.HistoryEntry;
import org.signpost.directory.model.ListingAccess;
import org.signpost.directory.model.ListingContent;
import org.signpost.directory.model.ListingContents;
import org.signpost.directory.model.ListingField;
import org.signpost.directory.model.ListingValidator;
import org.signpost.directory.model.PendingChange;
import org.signpost.directory.model.ReviewPolicy;
import org.signpost.directory.model.ServiceDraft;
import org.signpost.directory.model.ServiceListing;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.security.application.OrganisationLookup;
import org.signpost.security.model.Actor;

/**
 * Creating, editing and restoring listings. Everything is checked before anything is written;
 * then one transaction writes the new version, the held changes, the history row and the search
 * outbox row together.
 */
@Singleton
public class ListingEditor {

    private final ListingGuard guard;
    private final ServiceListings listings;
    private final ListingStore store;
    private final ListingJournal journal;
    private final SearchOutbox search;
    private final PendingChangeStore pending;
    private final ListingValidator validator;
    private final ReviewPolicy policy;
    private final TaxonomyStore taxonomy;
    private final OrganisationLookup organisations;
    private final DirectoryCalendar calendar;
    private final TransactionOperations<Connection> transactions;

    ListingEditor(ListingGuard guard, ServiceListings listings, ListingStore store, ListingJournal journal, SearchOutbox search,
            PendingChangeStore pending, ListingValidator validator, ReviewPolicy policy, TaxonomyStore taxonomy,
            OrganisationLookup organisations, DirectoryCalendar calendar, TransactionOperations<Connection> transactions) {
        this.guard = guard;
        this.listings = listings;
        this.store = store;
        this.journal = journal;
        this.search = search;
        this.pending = pending;
        this.validator = validator;
        this.policy = policy;
        this.taxonomy = taxonomy;
        this.organisations = organisations;
        this.calendar = calendar;
        this.transactions = transactions;
    }

    /** A new draft listing. */
    public ServiceListing create(Actor actor, ServiceDraft draft) {
        if (draft.organisationId() != null) {
            ListingGuard.requireEditor(actor, draft.organisationId());
        }
        ListingContent content = check(draft, null);
        UUID id = UUID.randomUUID();
        return transactions.executeWrite(status -> {
            var now = calendar.now();
            store.insert(id, content, now, calendar.today());
            ServiceListing after = guard.load(id);
            journal.record(new HistoryEntry(id, after.version(), HistoryEntry.Kind.CREATE, actor.userId(), null, now, null, after,
                    null, Set.of()));
            search.enqueue(List.of(id), now);
            return after;
        });
    }

    /** Replaces the listing's content; a group's edit to a verified listing follows the review policy. */
    public ServiceListing update(Actor actor, UUID id, long expectedVersion, ServiceDraft draft) {
        ServiceListing current = guard.editable(actor, id, expectedVersion);
        return edit(actor, current, draft, HistoryEntry.Kind.UPDATE, null);
    }

    /** A new version whose content equals {@code version}'s. Restoring is an edit, so the review policy applies. */
    public ServiceListing restore(Actor actor, UUID id, long expectedVersion, long version) {
        ServiceListing current = guard.editable(actor, id, expectedVersion);
        ServiceListing old = journal.version(id, version)
                .orElseThrow(() -> new NotFoundException("Version " + version + " is not in this listing's history"));
        return edit(actor, current, ListingContents.draftOf(old), HistoryEntry.Kind.RESTORE, version);
    }

    private ServiceListing edit(Actor actor, ServiceListing current, ServiceDraft draft, HistoryEntry.Kind kind, Long restoredFrom) {
        if (draft.organisationId() != null && !draft.organisationId().equals(current.organisation().id())) {
            ListingGuard.requireEditor(actor, draft.organisationId());
        }
        ListingContent proposed = check(draft, current);
        EditPlan plan = EditPlan.of(ListingContents.of(current), proposed,
                ListingAccess.editIsReviewed(actor, current.verification()), policy);
        if (plan.changesNothing()) {
            return current;
        }
        ServiceListing after = transactions.executeWrite(status -> {
            var now = calendar.now();
            boolean written = plan.published().isEmpty()
                    ? store.touch(current.id(), current.version(), now)
                    : store.update(current, plan.next(), now);
            if (!written) {
                return null;
            }
            hold(actor, current, proposed, plan.held(), now);
            ServiceListing changed = guard.load(current.id());
            HistoryEntry.Kind recorded = plan.published().isEmpty() ? HistoryEntry.Kind.HOLD : kind;
            journal.record(new HistoryEntry(current.id(), changed.version(), recorded, actor.userId(), null, now, current, changed,
                    restoredFrom, plan.held()));
            if (!plan.published().isEmpty()) {
                search.enqueue(List.of(current.id()), now);
            }
            return changed;
        });
        if (after == null) {
            throw guard.lostRace(current.id());
        }
        return after;
    }

    private void hold(Actor actor, ServiceListing current, ListingContent proposed, Set<ListingField> held, java.time.Instant now) {
        if (held.isEmpty()) {
            return;
        }
        pending.supersede(current.id(), held, now);
        for (ListingField field : held) {
            pending.insert(new PendingChange(UUID.randomUUID(), current.id(), current.name(), field, proposed, current.version(),
                    actor.userId(), now, PendingChange.State.PENDING, null, null, null));
        }
    }

    private ListingContent check(ServiceDraft draft, ServiceListing current) {
        ListingContent content = validator.validate(draft, taxonomy::idOfCode, current);
        boolean sameOrganisation = current != null && current.organisation().id().equals(content.organisationId());
        if (!sameOrganisation && !organisations.exists(content.organisationId())) {
            throw new InvalidInputException("organisation_id", "is not a known organisation");
        }
        return content;
    }
}
