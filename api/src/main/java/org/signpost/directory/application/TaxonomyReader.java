package org.signpost.directory.application;

import org.signpost.seeds.model.NeedsTaxonomy;

/** Reads the current needs taxonomy (small: read whole, fresh, whenever needed). */
public interface TaxonomyReader {

    NeedsTaxonomy current();
}
