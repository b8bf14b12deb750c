package org.signpost.notifications.infrastructure;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.signpost.notifications.application.NotificationLog;
import org.signpost.notifications.application.PreferenceStore;
import org.signpost.notifications.model.ChannelChoice.Channel;
import org.signpost.platform.jdbc.Sql;

/** {@code notification_preference}, {@code notification_opt_out} and {@code notification_sent}. */
@Singleton
class JdbcPreferenceStore implements PreferenceStore, NotificationLog {

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;

    JdbcPreferenceStore(Sql sql, TransactionOperations<Connection> transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public Stored get(UUID userId) {
        return transactions.executeRead(status -> {
            Set<String> off = new HashSet<>(sql.list("SELECT template_key FROM notification_opt_out WHERE user_id = ?",
                    rs -> rs.getString(1), userId));
            return sql.one("SELECT channel, phone, language FROM notification_preference WHERE user_id = ?",
                    rs -> new Stored(channel(rs.getString(1)), rs.getString(2), rs.getString(3), off), userId)
                    .orElseGet(() -> new Stored(Channel.EMAIL, null, "en", off));
        });
    }

    @Override
    public void save(UUID userId, Stored p, Instant at) {
        transactions.executeWrite(status -> {
            sql.update("INSERT INTO notification_preference (user_id, channel, phone, language, updated_at) VALUES (?, ?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE channel = VALUES(channel), phone = VALUES(phone), language = VALUES(language),"
                    + " updated_at = VALUES(updated_at)", userId, wire(p.channel()), p.phone(), p.language(), at);
            List<String> keep = List.copyOf(p.optedOut());
            if (keep.isEmpty()) {
                sql.update("DELETE FROM notification_opt_out WHERE user_id = ?", userId);
            } else {
                Object[] params = new Object[keep.size() + 1];
                params[0] = userId;
                for (int i = 0; i < keep.size(); i++) {
                    params[i + 1] = keep.get(i);
                }
                sql.update("DELETE FROM notification_opt_out WHERE user_id = ? AND template_key NOT IN (" + Sql.placeholders(keep) + ")",
                        params);
                for (String key : keep) {
                    sql.update("INSERT IGNORE INTO notification_opt_out (user_id, template_key, opted_out_at) VALUES (?, ?, ?)",
                            userId, key, at);
                }
            }
            return null;
        });
    }

    @Override
    public void optOut(UUID userId, String template, Instant at) {
        transactions.executeWrite(status -> sql.update("INSERT IGNORE INTO notification_opt_out (user_id, template_key, opted_out_at)"
                + " VALUES (?, ?, ?)", userId, template, at));
    }

    @Override
    public Set<UUID> handled(UUID eventId) {
        return transactions.executeRead(status -> new HashSet<>(sql.list("SELECT user_id FROM notification_sent WHERE event_id = ?",
                rs -> Sql.uuid(rs, "user_id"), eventId)));
    }

    @Override
    public void record(UUID eventId, UUID userId, String template, String outcome, Instant at) {
        transactions.executeWrite(status -> sql.update("INSERT IGNORE INTO notification_sent (event_id, user_id, template_key, channel,"
                + " sent_at) VALUES (?, ?, ?, ?, ?)", eventId, userId, template, outcome, at));
    }

    static Channel channel(String stored) {
        return stored == null ? Channel.EMAIL : Channel.valueOf(stored.toUpperCase(Locale.ROOT));
    }

    static String wire(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }
}
