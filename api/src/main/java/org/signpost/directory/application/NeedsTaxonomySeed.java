package org.signpost.directory.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Puts the shipped needs taxonomy ({@code seeds/taxonomy/needs-taxonomy.json}) into the database:
 * each taxonomy and term is inserted only when no row with its id exists yet, and an existing row
 * is never overwritten (an ADMIN may have edited it). Safe to call on every start and before every
 * import, from any number of callers.
 */
@Singleton
public class NeedsTaxonomySeed {

    /** The shipped taxonomy on the classpath (the asset-seeds jar). */
    public static final String RESOURCE = "/seeds/taxonomy/needs-taxonomy.json";

    /** A taxonomy as the seed file gives it. */
    public record Taxonomy(UUID id, String name, String description, String version) {
    }

    /** A term as the seed file gives it (parents come before their children). */
    public record Term(UUID id, String code, String name, String description, UUID parentId, List<String> keywords) {
    }

    /** Where the rows go; implemented with INSERT-if-missing semantics. */
    public interface Store {

        /** Inserts what is missing, in order; returns how many terms were inserted. */
        int insertMissing(Taxonomy taxonomy, List<Term> terms);
    }

    private final Store store;

    NeedsTaxonomySeed(Store store) {
        this.store = store;
    }

    /** Loads the shipped taxonomy; returns the number of terms that were missing and are now stored. */
    public int load() {
        try (InputStream in = NeedsTaxonomySeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a taxonomy file in the seed format ({@code {"taxonomy": {...}, "terms": [...]}}). */
    public int load(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode t = root.path("taxonomy");
        Taxonomy taxonomy = new Taxonomy(UUID.fromString(t.path("id").asText()), t.path("name").asText(),
                text(t, "description"), text(t, "version"));
        List<Term> terms = new ArrayList<>();
        for (JsonNode term : root.path("terms")) {
            List<String> keywords = new ArrayList<>();
            term.path("keywords").forEach(k -> keywords.add(k.asText()));
            String parent = text(term, "parent_id");
            terms.add(new Term(UUID.fromString(term.path("id").asText()), term.path("code").asText(), term.path("name").asText(),
                    text(term, "description"), parent == null ? null : UUID.fromString(parent), List.copyOf(keywords)));
        }
        return store.insertMissing(taxonomy, terms);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
