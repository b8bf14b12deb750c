package org.signpost.directory.application;

import org.signpost.directory.model.NeedsTaxonomy;

/** Reads the current needs taxonomy (small: read whole, fresh, whenever needed). */
public interface TaxonomyReader {

    NeedsTaxonomy current();
}
