package org.signpost.directory.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.directory.application.OrganisationStore;
import org.signpost.directory.application.Page;
import org.signpost.directory.model.OrganisationDetails;
import org.signpost.directory.model.OrganisationDraft;
import org.signpost.platform.jdbc.Sql;

/** {@link OrganisationStore} over {@code organisation}. */
@Singleton
class JdbcOrganisations implements OrganisationStore {

    private final Sql sql;

    JdbcOrganisations(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(UUID id, OrganisationDraft d, Instant now) {
        sql.update("INSERT INTO organisation (id, name, description, email, website, logo, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)", id, d.name(), d.description(), d.email(), d.website(), d.logo(), now, now);
    }

    @Override
    public Optional<OrganisationDetails> find(UUID id) {
        return sql.one("SELECT * FROM organisation WHERE id = ?", JdbcOrganisations::details, id);
    }

    @Override
    public boolean update(UUID id, long expectedVersion, OrganisationDraft d, Instant now) {
        return sql.update("UPDATE organisation SET name = ?, description = ?, email = ?, website = ?, logo = ?, version = version + 1,"
                + " updated_at = ? WHERE id = ? AND version = ?", d.name(), d.description(), d.email(), d.website(), d.logo(), now, id,
                expectedVersion) == 1;
    }

    @Override
    public Page<OrganisationDetails> list(String nameContains, UUID onlyId, int page, int perPage) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (nameContains != null && !nameContains.isBlank()) {
            where.add("name LIKE ?");
            params.add("%" + nameContains.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (onlyId != null) {
            where.add("id = ?");
            params.add(onlyId);
        }
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = sql.count("SELECT COUNT(*) FROM organisation" + clause, params.toArray());
        params.add(perPage);
        params.add((long) (page - 1) * perPage);
        return new Page<>(sql.list("SELECT * FROM organisation" + clause + " ORDER BY name, id LIMIT ? OFFSET ?",
                JdbcOrganisations::details, params.toArray()), total, page, perPage);
    }

    @Override
    public Optional<UUID> firstByName() {
        // one with a published listing that link workers can refer to first, so a demo group editor has listings and
        // referrals to work with
        return sql.one("SELECT o.id FROM organisation o ORDER BY EXISTS (SELECT 1 FROM service s WHERE s.organisation_id = o.id"
                + " AND s.verification = 'verified' AND s.deleted_at IS NULL AND s.status = 'active' AND s.referral_route = 'both') DESC,"
                + " o.name, o.id LIMIT 1",
                rs -> Sql.uuid(rs, "id"));
    }

    private static OrganisationDetails details(ResultSet rs) throws SQLException {
        return new OrganisationDetails(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("description"), rs.getString("email"),
                rs.getString("website"), rs.getString("logo"), rs.getLong("version"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"));
    }
}
