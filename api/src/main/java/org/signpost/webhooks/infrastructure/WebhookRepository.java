package org.signpost.webhooks.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.platform.jdbc.Sql;
import org.signpost.webhooks.model.DeliveryAttempt;
import org.signpost.webhooks.model.Subscription;

/** {@code webhook_subscription} and {@code webhook_delivery_attempt}; callers hold the transaction. */
@Singleton
public class WebhookRepository {

    private static final String COLUMNS = "id, organisation_id, url, description, event_types, secret_ciphertext, created_at,"
            + " consecutive_failures, disabled_at, disabled_reason";

    private final Sql sql;

    WebhookRepository(Sql sql) {
        this.sql = sql;
    }

    public boolean organisationExists(UUID organisation) {
        return sql.count("SELECT COUNT(*) FROM organisation WHERE id = ?", organisation) > 0;
    }

    public void insert(Subscription s, UUID createdBy) {
        sql.update("INSERT INTO webhook_subscription (id, organisation_id, url, description, event_types, secret_ciphertext, created_by,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.organisationId(), s.url(), s.description(),
                String.join(",", s.eventTypes()), s.secretCiphertext(), createdBy, s.createdAt());
    }

    public Optional<Subscription> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = ?", WebhookRepository::subscription, id);
    }

    public List<Subscription> ofOrganisation(UUID organisation) {
        return sql.list("SELECT " + COLUMNS + " FROM webhook_subscription WHERE organisation_id = ? ORDER BY created_at, id",
                WebhookRepository::subscription, organisation);
    }

    /** The organisation's enabled subscriptions that existed when the event happened (none hears older events). */
    public List<Subscription> activeAt(UUID organisation, Instant occurredAt) {
        return sql.list("SELECT " + COLUMNS + " FROM webhook_subscription WHERE organisation_id = ? AND disabled_at IS NULL"
                + " AND created_at <= ? ORDER BY created_at, id", WebhookRepository::subscription, organisation, occurredAt);
    }

    public boolean delete(UUID id) {
        return sql.update("DELETE FROM webhook_subscription WHERE id = ?", id) == 1;
    }

    public void enable(UUID id) {
        sql.update("UPDATE webhook_subscription SET disabled_at = NULL, disabled_reason = NULL, consecutive_failures = 0 WHERE id = ?", id);
    }

    public boolean delivered(UUID subscription, UUID event) {
        return sql.count("SELECT COUNT(*) FROM webhook_delivery_attempt WHERE subscription_id = ? AND event_id = ? AND outcome = 'delivered'",
                subscription, event) > 0;
    }

    public int attemptsSoFar(UUID subscription, UUID event) {
        return (int) sql.count("SELECT COUNT(*) FROM webhook_delivery_attempt WHERE subscription_id = ? AND event_id = ?", subscription, event);
    }

    /** Logs the attempt and keeps the count of failures in a row (a success clears it). */
    public void record(UUID subscription, DeliveryAttempt a) {
        sql.update("INSERT INTO webhook_delivery_attempt (subscription_id, event_id, event_type, attempt, attempted_at, outcome, status_code,"
                + " error, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", subscription, a.eventId(), a.eventType(), a.attempt(),
                a.attemptedAt(), a.delivered() ? "delivered" : "failed", a.statusCode(), clip(a.error(), 1000), a.durationMs());
        sql.update("UPDATE webhook_subscription SET consecutive_failures = " + (a.delivered() ? "0" : "consecutive_failures + 1")
                + " WHERE id = ?", subscription);
    }

    /** Disables the subscription when its failures in a row reached {@code threshold}; true when this call did. */
    public boolean disableIfFailing(UUID subscription, int threshold, Instant now, String reason) {
        return sql.update("UPDATE webhook_subscription SET disabled_at = ?, disabled_reason = ? WHERE id = ? AND disabled_at IS NULL"
                + " AND consecutive_failures >= ?", now, clip(reason, 1000), subscription, threshold) == 1;
    }

    public List<DeliveryAttempt> attempts(UUID subscription, long offset, int limit) {
        return sql.list("SELECT id, event_id, event_type, attempt, attempted_at, outcome, status_code, error, duration_ms"
                + " FROM webhook_delivery_attempt WHERE subscription_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
                rs -> new DeliveryAttempt(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getString(3), rs.getInt(4),
                        Sql.instant(rs, "attempted_at"), "delivered".equals(rs.getString(6)), (Integer) rs.getObject(7, Integer.class),
                        rs.getString(8), rs.getInt(9)), subscription, limit, offset);
    }

    public long countAttempts(UUID subscription) {
        return sql.count("SELECT COUNT(*) FROM webhook_delivery_attempt WHERE subscription_id = ?", subscription);
    }

    private static Subscription subscription(ResultSet rs) throws SQLException {
        String types = rs.getString("event_types");
        return new Subscription(Sql.uuid(rs, "id"), Sql.uuid(rs, "organisation_id"), rs.getString("url"), rs.getString("description"),
                types == null || types.isEmpty() ? List.of() : Arrays.asList(types.split(",")), rs.getString("secret_ciphertext"),
                Sql.instant(rs, "created_at"), rs.getInt("consecutive_failures"), Sql.instant(rs, "disabled_at"),
                rs.getString("disabled_reason"));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
