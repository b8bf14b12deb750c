package org.signpost.directory.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.directory.model.TaxonomyTerm;
import org.signpost.directory.model.TermDraft;

/** The taxonomy and its terms. */
public interface TaxonomyStore {

    record Taxonomy(UUID id, String name, String description, String version) {
    }

    Optional<Taxonomy> taxonomy(UUID id);

    /** The taxonomy new terms go to when they have no parent: the first one loaded. */
    Optional<Taxonomy> defaultTaxonomy();

    /** Inserts it unless it exists; true when inserted. */
    boolean insertTaxonomy(Taxonomy taxonomy);

    void setTaxonomyVersion(UUID id, String version);

    List<TaxonomyTerm> terms();

    Optional<UUID> idOfCode(String code);

    /** Inserts it unless a term with its id or code exists; true when inserted. {@code editedBy} is null for seed terms. */
    boolean insertTerm(TaxonomyTerm term, UUID editedBy);

    /** An admin's edit: bumps the version and marks the term edited; false when the version is stale. */
    boolean updateTerm(UUID id, long expectedVersion, TermDraft draft, UUID by, Instant now);

    /** The seed file's newer text for a term no admin has edited; false when it was edited (and so left alone). */
    boolean refreshUnedited(TaxonomyTerm fromSeed);
}
