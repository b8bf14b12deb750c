package org.signpost.directory.application;

import java.util.List;
import org.signpost.directory.model.TaxonomyTerm;

/** The needs taxonomy as shipped in a seed file: the taxonomy, and its terms with parents before children. */
public record TaxonomySeed(TaxonomyStore.Taxonomy taxonomy, List<TaxonomyTerm> terms) {

    /** Reads the configured seed file. */
    public interface Source {
        java.util.Optional<TaxonomySeed> read();
    }
}
