package org.signpost.directory.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.signpost.directory.application.ListingQueries;
import org.signpost.directory.application.Page;
import org.signpost.directory.application.StalenessSweep;
import org.signpost.directory.model.ListingSummary;
import org.signpost.directory.model.Verification;
import org.signpost.platform.jdbc.Sql;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceStatus;

/** Listing headlines, the review queue, and the staleness sweep's reads and marks. */
@Singleton
class JdbcListingQueries implements ListingQueries, StalenessSweep {

    private static final String SUMMARY = "SELECT s.id, s.organisation_id, o.name AS organisation_name, s.name, s.status, s.verification,"
            + " s.assured_date, s.version, s.deleted_at, s.updated_at, s.referral_route FROM service s JOIN organisation o ON o.id = s.organisation_id";
    private static final String NEVER = "1000-01-01";

    private final Sql sql;

    JdbcListingQueries(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Page<ListingSummary> list(UUID organisationId, Verification verification, boolean includeDeleted, int page, int perPage) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (organisationId != null) {
            where.add("s.organisation_id = ?");
            params.add(organisationId);
        }
        if (verification != null) {
            where.add("s.verification = ?");
            params.add(verification.wire());
        }
        if (!includeDeleted) {
            where.add("s.deleted_at IS NULL");
        }
        return page(where, params, "s.name, s.id", page, perPage);
    }

    @Override
    public Page<ListingSummary> reviewDue(UUID organisationId, LocalDate cutoff, int page, int perPage) {
        List<String> where = new ArrayList<>(List.of("s.verification = 'verified'", "s.deleted_at IS NULL",
                "(s.assured_date IS NULL OR s.assured_date < ?)"));
        List<Object> params = new ArrayList<>(List.of(cutoff));
        if (organisationId != null) {
            where.add("s.organisation_id = ?");
            params.add(organisationId);
        }
        return page(where, params, "s.assured_date, s.name, s.id", page, perPage);
    }

    private Page<ListingSummary> page(List<String> where, List<Object> params, String order, int page, int perPage) {
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = sql.count("SELECT COUNT(*) FROM service s" + clause, params.toArray());
        List<Object> paged = new ArrayList<>(params);
        paged.add(perPage);
        paged.add((long) (page - 1) * perPage);
        return new Page<>(sql.list(SUMMARY + clause + " ORDER BY " + order + " LIMIT ? OFFSET ?", JdbcListingQueries::summary,
                paged.toArray()), total, page, perPage);
    }

    private static ListingSummary summary(ResultSet rs) throws SQLException {
        return new ListingSummary(Sql.uuid(rs, "id"), Sql.uuid(rs, "organisation_id"), rs.getString("organisation_name"),
                rs.getString("name"), ServiceStatus.fromCode(rs.getString("status")).orElse(ServiceStatus.INACTIVE),
                Verification.valueOf(rs.getString("verification").toUpperCase()), Sql.date(rs, "assured_date"), rs.getLong("version"),
                Sql.instant(rs, "deleted_at"), Sql.instant(rs, "updated_at"),
                ReferralRoute.fromCode(rs.getString("referral_route")).orElse(ReferralRoute.BOTH));
    }

    @Override
    public List<Candidate> unmarked(Line line, LocalDate cutoff, int limit) {
        String due = line == Line.REVIEW_DUE ? "(s.assured_date IS NULL OR s.assured_date < ?)" : "s.assured_date < ?";
        return sql.list("SELECT s.id, s.organisation_id, s.name, s.assured_date FROM service s"
                + " LEFT JOIN service_staleness_mark m ON m.service_id = s.id AND m.kind = ?"
                + " AND m.assured_date = COALESCE(s.assured_date, DATE '" + NEVER + "')"
                + " WHERE s.verification = 'verified' AND s.deleted_at IS NULL AND " + due + " AND m.service_id IS NULL LIMIT ?",
                rs -> new Candidate(Sql.uuid(rs, "id"), Sql.uuid(rs, "organisation_id"), rs.getString("name"), Sql.date(rs, "assured_date")),
                line.name().toLowerCase(), cutoff, limit);
    }

    @Override
    public boolean mark(UUID serviceId, Line line, LocalDate assuredDate, Instant now) {
        return sql.update("INSERT IGNORE INTO service_staleness_mark (service_id, kind, assured_date, marked_at) VALUES (?, ?, ?, ?)",
                serviceId, line.name().toLowerCase(), assuredDate == null ? LocalDate.parse(NEVER) : assuredDate, now) == 1;
    }
}
