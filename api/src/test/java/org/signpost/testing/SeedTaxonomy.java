package org.signpost.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The seed needs taxonomy ({@code seeds/taxonomy/needs-taxonomy.json}) in the database, written
 * once per database (re-running changes nothing), for tests that tag listings with needs.
 */
@Singleton
public class SeedTaxonomy {

    private static final String RESOURCE = "/seeds/taxonomy/needs-taxonomy.json";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Map<String, UUID> idsByCode = new HashMap<>();

    SeedTaxonomy(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The term id of a code, loading the taxonomy first if need be. */
    public synchronized UUID termId(String code) {
        load();
        UUID id = idsByCode.get(code);
        if (id == null) {
            throw new IllegalArgumentException("No term " + code + " in " + RESOURCE);
        }
        return id;
    }

    public synchronized void load() {
        if (!idsByCode.isEmpty()) {
            return;
        }
        JsonNode root = read();
        JsonNode taxonomy = root.get("taxonomy");
        transactions.executeWrite(status -> {
            update("INSERT IGNORE INTO taxonomy (id, name, description, version) VALUES (?, ?, ?, ?)", taxonomy.get("id").asText(),
                    taxonomy.get("name").asText(), taxonomy.get("description").asText(), taxonomy.get("version").asText());
            for (JsonNode term : root.get("terms")) {
                JsonNode parent = term.get("parent_id");
                update("INSERT IGNORE INTO taxonomy_term (id, taxonomy_id, code, name, description, parent_id, keywords)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)", term.get("id").asText(), taxonomy.get("id").asText(),
                        term.get("code").asText(), term.get("name").asText(), term.get("description").asText(),
                        parent == null || parent.isNull() ? null : parent.asText(), term.get("keywords").toString());
                idsByCode.put(term.get("code").asText(), UUID.fromString(term.get("id").asText()));
            }
            return null;
        });
    }

    private static JsonNode read() {
        try (InputStream in = SeedTaxonomy.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void update(String sql, Object... values) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        });
    }
}
