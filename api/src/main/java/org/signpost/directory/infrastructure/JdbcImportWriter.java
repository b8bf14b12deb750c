package org.signpost.directory.infrastructure;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.directory.application.ImportReport;
import org.signpost.directory.application.ImportWriter;
import org.signpost.directory.application.ImportedListing;
import org.signpost.directory.application.ReferralsAtService;
import org.signpost.directory.application.ServiceListings;
import org.signpost.directory.model.ListingContent;
import org.signpost.directory.model.ServiceListing;
import org.signpost.platform.jdbc.Sql;
import org.signpost.platform.jdbc.SqlBatch;
import org.signpost.seeds.model.ImportedService;

/**
 * Upserts a batch of imported listings with a handful of JDBC batches: one lookup of what is
 * stored, then organisations and locations, service rows, the rows they own, history and outbox.
 * Each record becomes the edit model ({@link ImportedContent}) and its rows come from
 * {@link ListingTables}, the code an edit writes through. Must run inside a transaction (the caller's).
 */
@Singleton
class JdbcImportWriter implements ImportWriter {

    /** After the content columns ({@link ListingTables#SERVICE_COLUMNS}), the columns only an import writes. */
    private static final String IMPORTED = "assured_date, assurer_email, capacity_available, capacity_maximum,"
            + " capacity_updated_at, import_fingerprint, updated_at, source_modified_at";
    private static final String INSERT_SERVICE = "INSERT INTO service (" + ListingTables.SERVICE_COLUMNS + ", " + IMPORTED
            + ", verification, verified_at, verified_by, id, source, source_id, version, created_at) VALUES ("
            + ListingTables.SERVICE_PLACEHOLDERS + ", " + Sql.placeholders(IMPORTED.split(", ").length) + ", ?, ?, ?, ?, ?, ?, 1, ?)";
    private static final String UPDATE_SERVICE = "UPDATE service SET " + ListingTables.SERVICE_ASSIGNMENTS + ", "
            + IMPORTED.replace(",", " = ?,") + " = ?,"
            + " verified_at = CASE WHEN ? THEN ? ELSE verified_at END, verified_by = CASE WHEN ? THEN ? ELSE verified_by END,"
            + " verification = CASE WHEN ? THEN 'verified' ELSE verification END, version = version + 1 WHERE id = ?";

    private final JdbcOperations jdbc;
    private final ServiceListings listings;
    private final ListingJson json;
    private final ReferralsAtService referrals;

    JdbcImportWriter(JdbcOperations jdbc, ServiceListings listings, ListingJson json, ReferralsAtService referrals) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.json = json;
        this.referrals = referrals;
    }

    private record Stored(UUID id, String fingerprint, boolean verified, long version) {
    }

    @Override
    public Counts write(List<ImportedListing> batch, Options options) {
        if (!options.bulk()) {
            return upsert(batch, options);
        }
        // rows known to be sound, written parents first: skip the per-row foreign-key lookups, as mysqldump does
        session(jdbc, "SET SESSION foreign_key_checks = 0");
        try {
            return upsert(batch, options);
        } finally {
            session(jdbc, "SET SESSION foreign_key_checks = 1");
        }
    }

    private static void session(JdbcOperations jdbc, String sql) {
        jdbc.prepareStatement(sql, statement -> statement.execute());
    }

    private Counts upsert(List<ImportedListing> batch, Options options) {
        Map<String, Stored> stored = stored(options.source(), batch);
        List<ImportedListing> inserts = new ArrayList<>();
        List<ImportedListing> updates = new ArrayList<>();
        for (ImportedListing listing : batch) {
            Stored s = stored.get(listing.service().sourceId().toString());
            if (s == null) {
                inserts.add(listing);
            } else if (!s.fingerprint().equals(listing.fingerprint()) || options.verified() && !s.verified()) {
                updates.add(listing);
            }
        }
        int unchanged = batch.size() - inserts.size() - updates.size();
        if (inserts.isEmpty() && updates.isEmpty()) {
            return new Counts(0, 0, unchanged);
        }
        SharedRows shared = new SharedRows(options.source(), options.now());
        List<ImportedListing> written = new ArrayList<>(inserts);
        written.addAll(updates);
        for (ImportedListing listing : written) {
            shared.organisation(listing.service().organisation());
            ImportedContent.locations(listing.service()).forEach(shared::location);
        }
        // history keeps whole listings before and after, as every other change does (restore reads them)
        Map<UUID, ServiceListing> before = options.history() ? byId(updates.stream()
                .map(l -> stored.get(l.service().sourceId().toString()).id()).toList()) : Map.of();
        SharedRows.Ids ids = shared.write(jdbc);

        Map<UUID, ListingContent> contents = new LinkedHashMap<>();
        SqlBatch insertServices = new SqlBatch(INSERT_SERVICE);
        SqlBatch updateServices = new SqlBatch(UPDATE_SERVICE);
        List<UUID> updatedIds = new ArrayList<>();
        Map<UUID, Long> versions = new HashMap<>();
        for (ImportedListing listing : inserts) {
            UUID id = ImportKeys.serviceId(options.source(), listing.service());
            ListingContent content = content(id, listing, ids);
            contents.put(id, content);
            insertServices.add(row(listing, content, options.now(), options.verified() ? "verified" : "draft",
                    options.verified() ? options.now() : null, options.verified() ? options.actor() : null, id, options.source(),
                    listing.service().sourceId().toString(), options.now()));
            versions.put(id, 1L);
        }
        for (ImportedListing listing : updates) {
            Stored s = stored.get(listing.service().sourceId().toString());
            ListingContent content = content(s.id(), listing, ids);
            contents.put(s.id(), content);
            boolean verifyNow = options.verified() && !s.verified();
            updateServices.add(row(listing, content, options.now(), verifyNow, options.now(), verifyNow, options.actor(), verifyNow,
                    s.id()));
            updatedIds.add(s.id());
            versions.put(s.id(), s.version() + 1);
        }
        insertServices.run(jdbc);
        updateServices.run(jdbc);
        keepPlacesHeld(updates, stored);
        ListingTables.deleteOwned(jdbc, updatedIds);

        ListingTables owned = new ListingTables();
        SqlBatch outbox = new SqlBatch("INSERT INTO search_outbox (service_id, created_at, process_after) VALUES (?, ?, ?)");
        contents.forEach((id, content) -> {
            owned.add(id, content, ImportedContent.places(id, content));
            if (options.outbox()) {
                outbox.add(id, options.now(), options.now());
            }
        });
        owned.write(jdbc);
        if (options.history()) {
            SqlBatch history = new SqlBatch("INSERT INTO service_history (service_id, version, change_kind, changed_by, changed_at,"
                    + " before_doc, after_doc) VALUES (?, ?, 'import', ?, ?, ?, ?)");
            byId(List.copyOf(versions.keySet())).forEach((id, after) -> history.add(id, versions.get(id), options.actor(),
                    options.now(), before.containsKey(id) ? json.write(before.get(id)) : null, json.write(after)));
            history.run(jdbc);
        }
        outbox.run(jdbc);
        return new Counts(inserts.size(), updates.size(), unchanged);
    }

    /**
     * A feed's places free never hand back a place that a referral holds (the same rule as a listing edit): for each
     * re-imported service that tracks a maximum, free = maximum less the places held, never below 0. Feeds without
     * x_capacity (every council feed) cost nothing here.
     */
    private void keepPlacesHeld(List<ImportedListing> updates, Map<String, Stored> stored) {
        SqlBatch derive = new SqlBatch("UPDATE service SET capacity_available = GREATEST(0, capacity_maximum - ?)"
                + " WHERE id = ? AND capacity_maximum IS NOT NULL");
        for (ImportedListing listing : updates) {
            if (listing.service().capacity() == null || listing.service().capacity().maximum() == null) {
                continue;
            }
            UUID id = stored.get(listing.service().sourceId().toString()).id();
            int held = referrals.placesHeld(id);
            if (held > 0) {
                derive.add(held, id);
            }
        }
        derive.run(jdbc);
    }

    private Map<String, Stored> stored(String source, List<ImportedListing> batch) {
        Map<String, Stored> stored = new HashMap<>();
        jdbc.prepareStatement("SELECT id, source_id, import_fingerprint, verification, version FROM service WHERE source = ?"
                + " AND source_id IN (" + Sql.placeholders(batch.size()) + ")", statement -> {
                    statement.setString(1, source);
                    for (int i = 0; i < batch.size(); i++) {
                        statement.setString(i + 2, batch.get(i).service().sourceId().toString());
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            String fingerprint = rs.getString("import_fingerprint");
                            stored.put(rs.getString("source_id").toLowerCase(), new Stored(UUID.fromString(rs.getString("id")),
                                    fingerprint == null ? "" : fingerprint, "verified".equals(rs.getString("verification")),
                                    rs.getLong("version")));
                        }
                    }
                    return null;
                });
        return stored;
    }

    private Map<UUID, ServiceListing> byId(List<UUID> ids) {
        Map<UUID, ServiceListing> found = new HashMap<>();
        if (!ids.isEmpty()) {
            listings.load(ids).forEach(l -> found.put(l.id(), l));
        }
        return found;
    }

    private static ListingContent content(UUID id, ImportedListing listing, SharedRows.Ids ids) {
        return ImportedContent.of(id, listing, ids.organisations().get(ImportKeys.organisationKey(listing.service().organisation())),
                ids.locations());
    }

    /** The service row's values: the content columns, those only an import writes ({@link #IMPORTED}), then the rest. */
    private static Object[] row(ImportedListing listing, ListingContent content, Instant now, Object... rest) {
        ImportedService s = listing.service();
        Object[] imported = {s.assuredDate(), s.assurerEmail(), s.capacity() == null ? null : s.capacity().available(),
                s.capacity() == null ? null : s.capacity().maximum(), s.capacity() == null ? null : now, listing.fingerprint(), now,
                ImportedContent.sourceModified(s, now)};
        return ListingTables.serviceRow(content, Sql.row(imported, rest));
    }

    @Override
    public void recordRun(ImportReport report, boolean verified, UUID actor, Instant startedAt, Instant finishedAt) {
        new SqlBatch("INSERT INTO directory_import (source, verified, records, inserted, updated, unchanged, rejected, warnings,"
                + " elapsed_ms, imported_by, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .add(report.source(), verified, report.records(), report.inserted(), report.updated(), report.unchanged(),
                        report.rejected(), report.warnings().size(), report.elapsedMillis(), actor, startedAt, finishedAt)
                .run(jdbc);
    }

    @Override
    public boolean everImported(String source) {
        return jdbc.prepareStatement("SELECT 1 FROM directory_import WHERE source = ? LIMIT 1", statement -> {
            statement.setString(1, source);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        });
    }
}
