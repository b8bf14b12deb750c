package org.signpost.directory.application;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.signpost.directory.model.TaxonomyTerm;
import org.signpost.directory.model.TaxonomyTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the needs taxonomy at start-up, idempotently, without ever undoing an admin's work:
 * <ul>
 *   <li>terms missing from the database (by id) are inserted, every start;</li>
 *   <li>when the file's taxonomy {@code version} differs from the one last loaded, terms that no
 *       admin has edited ({@code edited_at IS NULL}) take the file's name, description, parent and
 *       keywords, and their services are queued for re-indexing;</li>
 *   <li>a term an admin has edited is never changed by the loader again; terms admins added
 *       are not in the file and are left alone.</li>
 * </ul>
 */
@Singleton
@Order(10)
public class TaxonomySeedLoader implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(TaxonomySeedLoader.class);

    /** What a load did. */
    public record Outcome(int inserted, int refreshed) {
    }

    private final TaxonomySeed.Source source;
    private final TaxonomyStore store;
    private final SearchOutbox search;
    private final DirectoryCalendar calendar;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<TaxonomyChanged> changes;

    TaxonomySeedLoader(TaxonomySeed.Source source, TaxonomyStore store, SearchOutbox search, DirectoryCalendar calendar,
            TransactionOperations<Connection> transactions, ApplicationEventPublisher<TaxonomyChanged> changes) {
        this.source = source;
        this.store = store;
        this.search = search;
        this.calendar = calendar;
        this.transactions = transactions;
        this.changes = changes;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        source.read().ifPresent(seed -> {
            Outcome outcome = load(seed);
            LOG.info("Needs taxonomy '{}' version {}: {} terms inserted, {} refreshed from the seed file",
                    seed.taxonomy().name(), seed.taxonomy().version(), outcome.inserted(), outcome.refreshed());
        });
    }

    public Outcome load(TaxonomySeed seed) {
        return transactions.executeWrite(status -> {
            TaxonomyStore.Taxonomy given = seed.taxonomy();
            String loadedVersion = store.taxonomy(given.id()).map(TaxonomyStore.Taxonomy::version).orElse(null);
            boolean fresh = store.insertTaxonomy(given);
            boolean newVersion = !fresh && !Objects.equals(loadedVersion, given.version());
            Map<UUID, TaxonomyTerm> existing = new HashMap<>();
            store.terms().forEach(t -> existing.put(t.id(), t));
            int inserted = 0;
            Set<UUID> refreshed = new HashSet<>();
            for (TaxonomyTerm term : seed.terms()) {
                TaxonomyTerm now = existing.get(term.id());
                if (now == null) {
                    inserted += store.insertTerm(term, null) ? 1 : 0;
                } else if (newVersion && now.editedAt() == null && differs(now, term) && store.refreshUnedited(term)) {
                    refreshed.add(term.id());
                }
            }
            if (newVersion) {
                store.setTaxonomyVersion(given.id(), given.version());
            }
            if (inserted > 0 || !refreshed.isEmpty()) {
                changes.publishEvent(new TaxonomyChanged());
            }
            if (!refreshed.isEmpty()) {
                TaxonomyTree tree = new TaxonomyTree(store.terms());
                Set<UUID> affected = new HashSet<>();
                refreshed.forEach(id -> affected.addAll(tree.subtree(id)));
                search.enqueueTagged(affected, calendar.now());
            }
            return new Outcome(inserted, refreshed.size());
        });
    }

    private static boolean differs(TaxonomyTerm stored, TaxonomyTerm seed) {
        return !Objects.equals(stored.name(), seed.name()) || !Objects.equals(stored.description(), seed.description())
                || !Objects.equals(stored.parentId(), seed.parentId()) || !stored.keywords().equals(seed.keywords());
    }
}
