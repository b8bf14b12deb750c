package org.signpost.directory.application;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.signpost.directory.model.TaxonomyTerm;
import org.signpost.directory.model.TaxonomyTree;
import org.signpost.directory.model.TermDraft;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.platform.errors.PreconditionFailedException;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;

/**
 * ADMIN edits of the needs taxonomy. A change to a term's name, parent or keywords re-indexes
 * every service tagged with the term or any term below it (search expands keywords, and a child
 * counts for its ancestors), in the same transaction.
 */
@Singleton
public class TaxonomyAdmin {

    private static final TaxonomyStore.Taxonomy FALLBACK = new TaxonomyStore.Taxonomy(
            UUID.fromString("c5bdb880-b591-425a-9c08-17b7c2b436ba"), "Signpost social prescribing needs", null, null);

    private final TaxonomyStore store;
    private final SearchOutbox search;
    private final DirectoryCalendar calendar;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<TaxonomyChanged> changes;

    TaxonomyAdmin(TaxonomyStore store, SearchOutbox search, DirectoryCalendar calendar, TransactionOperations<Connection> transactions,
            ApplicationEventPublisher<TaxonomyChanged> changes) {
        this.store = store;
        this.search = search;
        this.calendar = calendar;
        this.transactions = transactions;
        this.changes = changes;
    }

    public record Tree(TaxonomyStore.Taxonomy taxonomy, List<TaxonomyTree.Node> roots) {
    }

    public Tree tree(Actor actor) {
        requireAdmin(actor);
        return new Tree(store.defaultTaxonomy().orElse(FALLBACK), new TaxonomyTree(store.terms()).roots());
    }

    public TaxonomyTerm create(Actor actor, TermDraft draft) {
        requireAdmin(actor);
        TaxonomyTree tree = new TaxonomyTree(store.terms());
        TermDraft checked = draft.checked(tree, null);
        TaxonomyStore.Taxonomy home = store.defaultTaxonomy().orElse(FALLBACK);
        UUID taxonomyId = Optional.ofNullable(checked.parentId()).flatMap(tree::byId).map(TaxonomyTerm::taxonomyId).orElse(home.id());
        UUID id = UUID.randomUUID();
        transactions.executeWrite(status -> {
            store.insertTaxonomy(home);
            if (!store.insertTerm(new TaxonomyTerm(id, taxonomyId, checked.code(), checked.name(), checked.description(),
                    checked.parentId(), checked.keywords(), 1, calendar.now()), actor.userId())) {
                throw new org.signpost.platform.errors.InvalidInputException("code", "is already used by another term");
            }
            changes.publishEvent(new TaxonomyChanged());
            return null;
        });
        return find(id);
    }

    public TaxonomyTerm update(Actor actor, UUID id, long expectedVersion, TermDraft draft) {
        requireAdmin(actor);
        TaxonomyTree tree = new TaxonomyTree(store.terms());
        TaxonomyTerm current = tree.byId(id).orElseThrow(() -> new NotFoundException("No term " + id));
        if (current.version() != expectedVersion) {
            throw stale(current.version());
        }
        TermDraft checked = draft.checked(tree, id);
        boolean searchable = !Objects.equals(current.name(), checked.name()) || !Objects.equals(current.parentId(), checked.parentId())
                || !current.keywords().equals(checked.keywords());
        boolean written = Boolean.TRUE.equals(transactions.executeWrite(status -> {
            var now = calendar.now();
            if (!store.updateTerm(id, expectedVersion, checked, actor.userId(), now)) {
                return false;
            }
            changes.publishEvent(new TaxonomyChanged());
            if (searchable) {
                search.enqueueTagged(tree.subtree(id), now);
            }
            return true;
        }));
        TaxonomyTerm after = find(id);
        if (!written) {
            throw stale(after.version());
        }
        return after;
    }

    private TaxonomyTerm find(UUID id) {
        return store.terms().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new ForbiddenException("Only an admin edits the taxonomy");
        }
    }

    private static PreconditionFailedException stale(long current) {
        return new PreconditionFailedException("The term changed since the version you started from; it is now at version " + current,
                current);
    }
}
