package org.signpost.search.infrastructure;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.directory.application.ServiceListings;
import org.signpost.directory.application.TaxonomyReader;
import org.signpost.directory.model.NeedsTaxonomy;
import org.signpost.directory.model.ServiceListing;
import org.signpost.indexer.SearchDocumentSource;
import org.signpost.indexer.ServiceDocuments;
import org.signpost.search.model.ListingDocuments;

/** The directory, as the search indexer reads it. */
@Singleton
class ListingSearchDocuments implements SearchDocumentSource {

    private final ServiceListings listings;
    private final TaxonomyReader taxonomy;
    private final JdbcOperations jdbc;

    ListingSearchDocuments(ServiceListings listings, TaxonomyReader taxonomy, JdbcOperations jdbc) {
        this.listings = listings;
        this.taxonomy = taxonomy;
        this.jdbc = jdbc;
    }

    @Override
    @ReadOnly
    public Map<UUID, ServiceDocuments> load(Collection<UUID> serviceIds) {
        NeedsTaxonomy needs = taxonomy.current();
        Map<UUID, ServiceDocuments> documents = new HashMap<>();
        for (ServiceListing listing : listings.load(serviceIds)) {
            documents.put(listing.id(), new ServiceDocuments(listing.id(), listing.version(), ListingDocuments.of(listing, needs)));
        }
        return documents;
    }

    @Override
    @ReadOnly
    public List<ServiceVersion> page(UUID afterId, int limit) {
        return jdbc.prepareStatement("SELECT id, version FROM service WHERE id > ? ORDER BY id LIMIT ?", statement -> {
            statement.setString(1, afterId == null ? "" : afterId.toString());
            statement.setInt(2, limit);
            List<ServiceVersion> page = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    page.add(new ServiceVersion(UUID.fromString(rs.getString(1)), rs.getLong(2)));
                }
            }
            return page;
        });
    }
}
