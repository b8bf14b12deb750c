package org.signpost.directory.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.directory.application.ListingJournal;
import org.signpost.directory.application.Page;
import org.signpost.directory.model.HistoryEntry;
import org.signpost.directory.model.ListingField;
import org.signpost.directory.model.ServiceListing;
import org.signpost.platform.jdbc.Sql;

/** {@link ListingJournal} over {@code service_history}: whole listings before and after, as JSON. */
@Singleton
class JdbcListingJournal implements ListingJournal {

    private final Sql sql;
    private final ListingJson json;

    JdbcListingJournal(Sql sql, ListingJson json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public void record(HistoryEntry e) {
        sql.update("INSERT INTO service_history (service_id, version, change_kind, changed_by, changed_at, before_doc, after_doc,"
                + " restored_from, held_fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.serviceId(), e.version(), e.kind().wire(), e.changedBy(), e.changedAt(),
                e.before() == null ? null : json.write(e.before()), e.after() == null ? null : json.write(e.after()), e.restoredFrom(),
                e.held().isEmpty() ? null : e.held().stream().map(ListingField::key).sorted().collect(Collectors.joining(",")));
    }

    @Override
    public Page<HistoryEntry> page(UUID serviceId, int page, int perPage) {
        long total = sql.count("SELECT COUNT(*) FROM service_history WHERE service_id = ?", serviceId);
        var items = sql.list("SELECT h.*, u.username FROM service_history h LEFT JOIN user_account u ON u.id = h.changed_by"
                + " WHERE h.service_id = ? ORDER BY h.version DESC, h.id DESC LIMIT ? OFFSET ?", this::entry, serviceId, perPage,
                (long) (page - 1) * perPage);
        return new Page<>(items, total, page, perPage);
    }

    @Override
    public Optional<ServiceListing> version(UUID serviceId, long version) {
        return sql.one("SELECT after_doc FROM service_history WHERE service_id = ? AND version = ? AND after_doc IS NOT NULL"
                + " ORDER BY id DESC LIMIT 1", rs -> json.listing(rs.getString("after_doc")), serviceId, version);
    }

    private HistoryEntry entry(ResultSet rs) throws SQLException {
        Long restored = rs.getObject("restored_from", Long.class);
        return new HistoryEntry(Sql.uuid(rs, "service_id"), rs.getLong("version"),
                HistoryEntry.Kind.valueOf(rs.getString("change_kind").toUpperCase()), Sql.uuid(rs, "changed_by"),
                rs.getString("username"), Sql.instant(rs, "changed_at"), json.listing(rs.getString("before_doc")),
                json.listing(rs.getString("after_doc")), restored, held(rs.getString("held_fields")));
    }

    private static Set<ListingField> held(String keys) {
        Set<ListingField> held = EnumSet.noneOf(ListingField.class);
        if (keys != null) {
            Arrays.stream(keys.split(",")).map(ListingField::fromKey).flatMap(Optional::stream).forEach(held::add);
        }
        return held;
    }
}
