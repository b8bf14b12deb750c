package org.signpost.directory.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.signpost.directory.application.NeedsTaxonomySeed;

/**
 * INSERT-if-missing by id ({@code INSERT IGNORE} is avoided: it would also swallow other errors).
 * A term whose code is already taken by another id is left out too, so an ADMIN's edits win.
 */
@Singleton
class JdbcNeedsTaxonomyStore implements NeedsTaxonomySeed.Store {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcOperations jdbc;

    JdbcNeedsTaxonomyStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public int insertMissing(NeedsTaxonomySeed.Taxonomy taxonomy, List<NeedsTaxonomySeed.Term> terms) {
        jdbc.prepareStatement("INSERT INTO taxonomy (id, name, description, version) SELECT ?, ?, ?, ? FROM DUAL"
                + " WHERE NOT EXISTS (SELECT 1 FROM taxonomy WHERE id = ?)", statement -> {
                    statement.setString(1, taxonomy.id().toString());
                    statement.setString(2, taxonomy.name());
                    statement.setString(3, taxonomy.description());
                    statement.setString(4, taxonomy.version());
                    statement.setString(5, taxonomy.id().toString());
                    return statement.executeUpdate();
                });
        int inserted = 0;
        for (NeedsTaxonomySeed.Term term : terms) {
            // one by one, in file order: a child's parent must exist before it (the foreign key)
            inserted += jdbc.prepareStatement("INSERT INTO taxonomy_term (id, taxonomy_id, code, name, description, parent_id,"
                    + " keywords, version) SELECT ?, ?, ?, ?, ?, ?, ?, 1 FROM DUAL WHERE NOT EXISTS"
                    + " (SELECT 1 FROM taxonomy_term WHERE id = ? OR code = ?)"
                    + " AND (? IS NULL OR EXISTS (SELECT 1 FROM taxonomy_term WHERE id = ?))", statement -> {
                        String parent = term.parentId() == null ? null : term.parentId().toString();
                        statement.setString(1, term.id().toString());
                        statement.setString(2, taxonomy.id().toString());
                        statement.setString(3, term.code());
                        statement.setString(4, term.name());
                        statement.setString(5, term.description());
                        statement.setString(6, parent);
                        statement.setString(7, keywords(term.keywords()));
                        statement.setString(8, term.id().toString());
                        statement.setString(9, term.code());
                        statement.setString(10, parent);
                        statement.setString(11, parent);
                        return statement.executeUpdate();
                    });
        }
        return inserted;
    }

    private static String keywords(List<String> keywords) {
        try {
            return JSON.writeValueAsString(keywords);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
