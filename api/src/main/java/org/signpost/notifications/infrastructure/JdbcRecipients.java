package org.signpost.notifications.infrastructure;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.notifications.application.Recipient;
import org.signpost.notifications.application.Recipients;
import org.signpost.notifications.model.Audience;
import org.signpost.platform.jdbc.Sql;

/**
 * Reads an audience from the accounts: enabled users, their address (the account's username when it is an email
 * address), and their notification choices. One query for the people and one for their opt-outs.
 */
@Singleton
class JdbcRecipients implements Recipients {

    private static final String PEOPLE = "SELECT u.id, u.username, p.channel, p.phone, p.language FROM user_account u"
            + " LEFT JOIN notification_preference p ON p.user_id = u.id WHERE u.enabled = TRUE AND ";

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;

    JdbcRecipients(Sql sql, TransactionOperations<Connection> transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public List<Recipient> of(Audience audience) {
        return transactions.executeRead(status -> {
            List<Row> rows;
            if (audience instanceof Audience.User user) {
                rows = sql.list(PEOPLE + "u.id = ?", JdbcRecipients::row, user.userId());
            } else if (audience instanceof Audience.GroupEditors group) {
                rows = sql.list(PEOPLE + "u.organisation_id = ? AND FIND_IN_SET('GROUP_EDITOR', u.roles) > 0 ORDER BY u.id",
                        JdbcRecipients::row, group.organisationId());
            } else {
                rows = sql.list(PEOPLE + "FIND_IN_SET('COORDINATOR', u.roles) > 0 ORDER BY u.id", JdbcRecipients::row);
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<UUID, Set<String>> optedOut = new HashMap<>();
            sql.list("SELECT user_id, template_key FROM notification_opt_out WHERE user_id IN (" + Sql.placeholders(rows) + ")",
                    rs -> optedOut.computeIfAbsent(Sql.uuid(rs, "user_id"), k -> new HashSet<>()).add(rs.getString("template_key")),
                    rows.stream().map(Row::id).toArray());
            List<Recipient> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                out.add(new Recipient(r.id(), r.username().contains("@") ? r.username() : null, r.phone(),
                        JdbcPreferenceStore.channel(r.channel()), r.language() == null ? "en" : r.language(),
                        optedOut.getOrDefault(r.id(), Set.of())));
            }
            return out;
        });
    }

    @Override
    public Optional<String> listingName(UUID serviceId) {
        return transactions.executeRead(status -> sql.one("SELECT name FROM service WHERE id = ?", rs -> rs.getString(1), serviceId));
    }

    private record Row(UUID id, String username, String channel, String phone, String language) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(Sql.uuid(rs, "id"), rs.getString("username"), rs.getString("channel"), rs.getString("phone"),
                rs.getString("language"));
    }
}
