package org.signpost.security.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.signpost.platform.jdbc.Sql;
import org.signpost.security.model.Role;
import org.signpost.security.model.UserFilter;
import org.signpost.security.model.UserSummary;

/** Pages through user accounts by username, filtered by a name fragment, a role and enabled state. */
@Singleton
public class UserSearchRepository {

    private final Sql sql;

    UserSearchRepository(Sql sql) {
        this.sql = sql;
    }

    public long count(UserFilter filter) {
        List<Object> params = new ArrayList<>();
        return sql.count("SELECT COUNT(*) FROM user_account" + where(filter, params), params.toArray());
    }

    public List<UserSummary> page(UserFilter filter, long offset, int size) {
        List<Object> params = new ArrayList<>();
        String query = "SELECT id, username, roles, organisation_id, enabled, created_at FROM user_account" + where(filter, params)
                + " ORDER BY username LIMIT ? OFFSET ?";
        params.add(size);
        params.add(offset);
        return sql.list(query, UserSearchRepository::summary, params.toArray());
    }

    private static String where(UserFilter filter, List<Object> params) {
        List<String> where = new ArrayList<>();
        filter.nameContains().ifPresent(text -> {
            where.add("LOWER(username) LIKE ? ESCAPE '!'");
            params.add("%" + text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        });
        filter.role().ifPresent(role -> {
            // roles is a comma-separated set of names: match a whole name only
            where.add("FIND_IN_SET(?, roles) > 0");
            params.add(role.name());
        });
        filter.enabled().ifPresent(enabled -> {
            where.add("enabled = ?");
            params.add(enabled);
        });
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    private static UserSummary summary(ResultSet rs) throws SQLException {
        return new UserSummary(Sql.uuid(rs, "id"), rs.getString("username"), Role.parseStored(rs.getString("roles")),
                Optional.ofNullable(Sql.uuid(rs, "organisation_id")), rs.getBoolean("enabled"), Sql.instant(rs, "created_at"));
    }
}
