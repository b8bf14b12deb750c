package org.signpost.accounts.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.accounts.model.ApprovalStatus;
import org.signpost.accounts.model.ListingClaimRecord;
import org.signpost.platform.jdbc.Sql;

/** Claims, read with the names and web addresses of the listing and its organisation and the claimant's name (for a coordinator's list). */
@Singleton
public class ListingClaimRepository {

    private static final String SELECT = """
            SELECT c.*, s.name AS service_name, s.url AS service_url, o.name AS organisation_name, o.website AS organisation_website,
            u.username FROM listing_claim c JOIN service s ON s.id = c.service_id JOIN organisation o ON o.id = c.organisation_id
            JOIN user_account u ON u.id = c.requested_by""";

    private final Sql sql;

    ListingClaimRepository(Sql sql) {
        this.sql = sql;
    }

    public void insert(UUID id, UUID serviceId, UUID organisationId, UUID requestedBy, String proofEmail, String note,
            ApprovalStatus status, Instant at) {
        sql.update("""
                INSERT INTO listing_claim (id, service_id, organisation_id, requested_by, proof_email, note, status, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", id, serviceId, organisationId, requestedBy, proofEmail, note, status.wire(), at);
    }

    public Optional<ListingClaimRecord> findForUpdate(UUID id) {
        return sql.one(SELECT + " WHERE c.id = ? FOR UPDATE", ListingClaimRepository::row, id);
    }

    public Optional<ListingClaimRecord> find(UUID id) {
        return sql.one(SELECT + " WHERE c.id = ?", ListingClaimRepository::row, id);
    }

    public List<ListingClaimRecord> withStatus(ApprovalStatus status, int limit) {
        return sql.list(SELECT + " WHERE c.status = ? ORDER BY c.requested_at, c.id LIMIT ?", ListingClaimRepository::row,
                status.wire(), limit);
    }

    public void decide(UUID id, ApprovalStatus status, UUID decidedBy, Instant at, String note) {
        sql.update("UPDATE listing_claim SET status = ?, decided_by = ?, decided_at = ?, decision_note = ? WHERE id = ?", status.wire(),
                decidedBy, at, note, id);
    }

    private static ListingClaimRecord row(ResultSet rs) throws SQLException {
        return new ListingClaimRecord(Sql.uuid(rs, "id"), Sql.uuid(rs, "service_id"), Sql.uuid(rs, "organisation_id"),
                rs.getString("service_name"), rs.getString("service_url"), rs.getString("organisation_name"),
                rs.getString("organisation_website"), Sql.uuid(rs, "requested_by"), rs.getString("username"),
                rs.getString("proof_email"), rs.getString("note"), ApprovalStatus.fromWire(rs.getString("status")),
                Sql.instant(rs, "requested_at"), Sql.instant(rs, "decided_at"), rs.getString("decision_note"));
    }
}
