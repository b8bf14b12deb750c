package org.signpost.directory.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.directory.application.TaxonomyStore;
import org.signpost.directory.model.TaxonomyTerm;
import org.signpost.directory.model.TermDraft;
import org.signpost.platform.jdbc.Sql;

/** {@link TaxonomyStore} over {@code taxonomy} and {@code taxonomy_term}; keywords are a JSON array. */
@Singleton
class JdbcTaxonomy implements TaxonomyStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sql sql;

    JdbcTaxonomy(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Taxonomy> taxonomy(UUID id) {
        return sql.one("SELECT * FROM taxonomy WHERE id = ?", JdbcTaxonomy::taxonomy, id);
    }

    @Override
    public Optional<Taxonomy> defaultTaxonomy() {
        return sql.one("SELECT t.* FROM taxonomy t LEFT JOIN taxonomy_term x ON x.taxonomy_id = t.id"
                + " GROUP BY t.id, t.name, t.description, t.uri, t.version ORDER BY COUNT(x.id) DESC, t.id LIMIT 1", JdbcTaxonomy::taxonomy);
    }

    @Override
    public boolean insertTaxonomy(Taxonomy t) {
        return sql.update("INSERT IGNORE INTO taxonomy (id, name, description, version) VALUES (?, ?, ?, ?)", t.id(), t.name(),
                t.description(), t.version()) == 1;
    }

    @Override
    public void setTaxonomyVersion(UUID id, String version) {
        sql.update("UPDATE taxonomy SET version = ? WHERE id = ?", version, id);
    }

    @Override
    public List<TaxonomyTerm> terms() {
        return sql.list("SELECT * FROM taxonomy_term ORDER BY code", JdbcTaxonomy::term);
    }

    @Override
    public Optional<UUID> idOfCode(String code) {
        return sql.one("SELECT id FROM taxonomy_term WHERE code = ?", rs -> Sql.uuid(rs, "id"), code);
    }

    @Override
    public boolean insertTerm(TaxonomyTerm t, UUID editedBy) {
        return sql.update("INSERT IGNORE INTO taxonomy_term (id, taxonomy_id, code, name, description, parent_id, keywords, version,"
                + " edited_at, edited_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", t.id(), t.taxonomyId(), t.code(), t.name(),
                t.description(), t.parentId(), keywords(t.keywords()), t.editedAt(), editedBy) == 1;
    }

    @Override
    public boolean updateTerm(UUID id, long expectedVersion, TermDraft d, UUID by, Instant now) {
        return sql.update("UPDATE taxonomy_term SET name = ?, description = ?, parent_id = ?, keywords = ?, version = version + 1,"
                + " edited_at = ?, edited_by = ? WHERE id = ? AND version = ?", d.name(), d.description(), d.parentId(),
                keywords(d.keywords()), now, by, id, expectedVersion) == 1;
    }

    @Override
    public boolean refreshUnedited(TaxonomyTerm t) {
        return sql.update("UPDATE taxonomy_term SET name = ?, description = ?, parent_id = ?, keywords = ?, version = version + 1"
                + " WHERE id = ? AND edited_at IS NULL", t.name(), t.description(), t.parentId(), keywords(t.keywords()), t.id()) == 1;
    }

    private static Taxonomy taxonomy(ResultSet rs) throws SQLException {
        return new Taxonomy(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("description"), rs.getString("version"));
    }

    private static TaxonomyTerm term(ResultSet rs) throws SQLException {
        List<String> words;
        try {
            words = JSON.readValue(rs.getString("keywords"), new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("taxonomy_term.keywords is not a JSON array of strings", e);
        }
        return new TaxonomyTerm(Sql.uuid(rs, "id"), Sql.uuid(rs, "taxonomy_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("description"), Sql.uuid(rs, "parent_id"), words, rs.getLong("version"), Sql.instant(rs, "edited_at"));
    }

    private static String keywords(List<String> words) {
        try {
            return JSON.writeValueAsString(words);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
