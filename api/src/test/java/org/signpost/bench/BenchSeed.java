package org.signpost.bench;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes what the benchmark needs straight into the migrated database: a scheme with a link
 * worker, a group with a verified service that has places, the needs terms, and residents who
 * consented to share with the group. Synthetic names only.
 */
final class BenchSeed {

    static final String PASSWORD = "benchmark password 2026";

    record Seeded(String linkWorker, String groupEditor, UUID serviceId, List<UUID> residents) {
    }

    private BenchSeed() {
    }

    static Seeded seed(String url, String user, String password, int residents) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            String hash = BCrypt.withDefaults().hashToString(4, PASSWORD.toCharArray());
            UUID scheme = UUID.randomUUID();
            UUID organisation = UUID.randomUUID();
            UUID service = UUID.randomUUID();
            UUID linkWorker = UUID.randomUUID();
            UUID editor = UUID.randomUUID();
            String suffix = scheme.toString().substring(0, 8);
            update(c, "INSERT INTO organisation (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)", organisation,
                    "Benchmark walking group " + suffix, now, now);
            update(c, "INSERT INTO service (id, organisation_id, name, status, delivery_modes, referral_route, verification, verified_at,"
                    + " capacity_available, capacity_maximum, version, created_at, updated_at)"
                    + " VALUES (?, ?, 'Benchmark walks', 'active', '[\"in_person\"]', 'both', 'verified', ?, 1000000, 1000000, 1, ?, ?)",
                    service, organisation, now, now, now);
            update(c, "INSERT INTO user_account (id, username, password_hash, roles, organisation_id, enabled, created_at)"
                    + " VALUES (?, ?, ?, 'LINK_WORKER', NULL, TRUE, ?)", linkWorker, "bench-lw-" + suffix + "@bench.signpost", hash, now);
            update(c, "INSERT INTO user_account (id, username, password_hash, roles, organisation_id, enabled, created_at)"
                    + " VALUES (?, ?, ?, 'GROUP_EDITOR', ?, TRUE, ?)", editor, "bench-ge-" + suffix + "@bench.signpost", hash, organisation,
                    now);
            update(c, "INSERT INTO scheme (id, name, created_at) VALUES (?, ?, ?)", scheme, "Benchmark PCN " + suffix, now);
            update(c, "INSERT INTO scheme_member (scheme_id, user_id, added_at) VALUES (?, ?, ?)", scheme, linkWorker, now);
            update(c, "INSERT IGNORE INTO taxonomy (id, name) VALUES ('c5bdb880-b591-425a-9c08-17b7c2b436ba', 'Needs')");
            update(c, "INSERT IGNORE INTO taxonomy_term (id, taxonomy_id, code, name, keywords) VALUES"
                    + " ('bec45f4d-a75c-481c-800b-67a8088e753a', 'c5bdb880-b591-425a-9c08-17b7c2b436ba', 'sp-loneliness',"
                    + " 'Loneliness and isolation', '[]'), ('9cb7591c-5ef4-4e4a-b60b-eac1cd753353',"
                    + " 'c5bdb880-b591-425a-9c08-17b7c2b436ba', 'sp-physical-activity', 'Physical activity', '[]')");
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement resident = c.prepareStatement("INSERT INTO resident (id, scheme_id, given_name, family_name,"
                    + " date_of_birth, postcode, phone, contact_method, gp_practice_ods_code, match_key, version, created_by, created_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, 'S60 1AA', '01632 960000', 'phone', 'C87001', ?, 1, ?, ?, ?)");
                    PreparedStatement consent = c.prepareStatement("INSERT INTO resident_consent (id, resident_id, kind, organisation_id,"
                            + " recorded_by, recorded_at) VALUES (?, ?, 'share_with_provider', ?, ?, ?)")) {
                for (int i = 0; i < residents; i++) {
                    UUID id = UUID.randomUUID();
                    LocalDate born = LocalDate.of(1940 + i % 60, 1 + i % 12, 1 + i % 28);
                    resident.setString(1, id.toString());
                    resident.setString(2, scheme.toString());
                    resident.setString(3, "Bench" + i);
                    resident.setString(4, "Resident" + suffix);
                    resident.setDate(5, java.sql.Date.valueOf(born));
                    resident.setString(6, "bench" + i + "|resident" + suffix + "|" + born);
                    resident.setString(7, linkWorker.toString());
                    resident.setTimestamp(8, now);
                    resident.setTimestamp(9, now);
                    resident.addBatch();
                    consent.setString(1, UUID.randomUUID().toString());
                    consent.setString(2, id.toString());
                    consent.setString(3, organisation.toString());
                    consent.setString(4, linkWorker.toString());
                    consent.setTimestamp(5, now);
                    consent.addBatch();
                    ids.add(id);
                }
                resident.executeBatch();
                consent.executeBatch();
            }
            c.commit();
            return new Seeded("bench-lw-" + suffix + "@bench.signpost", "bench-ge-" + suffix + "@bench.signpost", service, ids);
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                statement.setObject(i + 1, p instanceof UUID u ? u.toString() : p);
            }
            statement.executeUpdate();
        }
    }
}
