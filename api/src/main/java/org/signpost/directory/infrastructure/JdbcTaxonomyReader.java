package org.signpost.directory.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.signpost.directory.application.TaxonomyReader;
import org.signpost.seeds.model.NeedsTaxonomy;

@Singleton
class JdbcTaxonomyReader implements TaxonomyReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcOperations jdbc;

    JdbcTaxonomyReader(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @ReadOnly
    public NeedsTaxonomy current() {
        return jdbc.prepareStatement("SELECT id, code, name, parent_id, keywords FROM taxonomy_term", statement -> {
            List<NeedsTaxonomy.Term> terms = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    terms.add(new NeedsTaxonomy.Term(JdbcServiceListings.uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
                            JdbcServiceListings.uuidOrNull(rs, "parent_id"), keywords(rs.getString("keywords"))));
                }
            }
            return new NeedsTaxonomy(terms);
        });
    }

    private static List<String> keywords(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, STRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
