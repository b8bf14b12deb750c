package org.signpost.directory.application;

/** Published inside the transaction that inserted or changed taxonomy terms (an admin's edit, a seed load). */
public record TaxonomyChanged() {
}
