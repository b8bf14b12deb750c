package org.signpost.directory.application;

import java.util.List;
import org.signpost.directory.model.ListingContent;
import org.signpost.seeds.model.ImportedService;

/**
 * An accepted feed record ready to store: the record, the taxonomy terms it resolved to, and its
 * fingerprint and canonical document (our ORUK seed format, from which the fingerprint is taken).
 */
public record ImportedListing(ImportedService service, List<ListingContent.Term> terms, String fingerprint, String document) {

    public ImportedListing {
        terms = List.copyOf(terms);
    }
}
