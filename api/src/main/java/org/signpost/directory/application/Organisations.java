package org.signpost.directory.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;
import java.util.UUID;
import org.signpost.directory.model.ListingAccess;
import org.signpost.directory.model.OrganisationDetails;
import org.signpost.directory.model.OrganisationDraft;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.platform.errors.PreconditionFailedException;
import org.signpost.security.application.OrganisationLookup;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;

/**
 * Organisations: coordinators and admins add them; a group editor reads and edits only their own.
 * A change re-indexes every service of the organisation (its details are in their documents).
 */
@Singleton
public class Organisations implements OrganisationLookup {

    private final OrganisationStore store;
    private final SearchOutbox search;
    private final DirectoryCalendar calendar;
    private final TransactionOperations<Connection> transactions;

    Organisations(OrganisationStore store, SearchOutbox search, DirectoryCalendar calendar,
            TransactionOperations<Connection> transactions) {
        this.store = store;
        this.search = search;
        this.calendar = calendar;
        this.transactions = transactions;
    }

    public OrganisationDetails create(Actor actor, OrganisationDraft draft) {
        return create(actor, UUID.randomUUID(), draft);
    }

    /** With an id chosen beforehand (a group sign-up names the organisation it will create when approved). */
    public OrganisationDetails create(Actor actor, UUID id, OrganisationDraft draft) {
        ListingGuard.requireReviewer(actor);
        OrganisationDraft checked = draft.checked();
        transactions.executeWrite(status -> {
            store.insert(id, checked, calendar.now());
            return null;
        });
        return store.find(id).orElseThrow();
    }

    public OrganisationDetails get(Actor actor, UUID id) {
        OrganisationDetails organisation = store.find(id).orElseThrow(() -> new NotFoundException("No organisation " + id));
        if (!ListingAccess.mayRead(actor, id)) {
            throw new ForbiddenException("A group editor sees only their own organisation");
        }
        return organisation;
    }

    public OrganisationDetails update(Actor actor, UUID id, long expectedVersion, OrganisationDraft draft) {
        OrganisationDetails current = store.find(id).orElseThrow(() -> new NotFoundException("No organisation " + id));
        ListingGuard.requireEditor(actor, id);
        if (current.version() != expectedVersion) {
            throw stale(current.version());
        }
        OrganisationDraft checked = draft.checked();
        boolean written = Boolean.TRUE.equals(transactions.executeWrite(status -> {
            var now = calendar.now();
            if (!store.update(id, expectedVersion, checked, now)) {
                return false;
            }
            search.enqueueOrganisation(id, now);
            return true;
        }));
        OrganisationDetails after = store.find(id).orElseThrow();
        if (!written) {
            throw stale(after.version());
        }
        return after;
    }

    public Page<OrganisationDetails> list(Actor actor, String nameContains, int page, int perPage) {
        UUID only = null;
        if (!ListingAccess.mayReview(actor) && !actor.has(Role.LINK_WORKER)) {
            only = actor.organisationId().filter(o -> actor.has(Role.GROUP_EDITOR))
                    .orElseThrow(() -> new ForbiddenException("Not yours to list"));
        }
        return store.list(nameContains, only, page, perPage);
    }

    @Override
    public boolean exists(UUID organisationId) {
        return organisationId != null && store.find(organisationId).isPresent();
    }

    @Override
    public Optional<UUID> anyOrganisation() {
        return store.firstByName();
    }

    private static PreconditionFailedException stale(long current) {
        return new PreconditionFailedException("The organisation changed since the version you started from; it is now at version "
                + current, current);
    }
}
