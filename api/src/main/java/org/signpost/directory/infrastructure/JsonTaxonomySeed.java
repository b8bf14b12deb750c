package org.signpost.directory.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.directory.application.DirectorySettings;
import org.signpost.directory.application.TaxonomySeed;
import org.signpost.directory.application.TaxonomyStore;
import org.signpost.directory.model.TaxonomyTerm;

/** Reads the needs taxonomy seed file ({@code signpost.directory.taxonomy-seed}; the format is in asset-seeds' seeds/README.md). */
@Singleton
class JsonTaxonomySeed implements TaxonomySeed.Source {

    private final DirectorySettings settings;
    private final ResourceResolver resources;

    JsonTaxonomySeed(DirectorySettings settings, ResourceResolver resources) {
        this.settings = settings;
        this.resources = resources;
    }

    @Override
    public Optional<TaxonomySeed> read() {
        String location = settings.taxonomySeed();
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        String where = location.contains(":") ? location : "file:" + location;
        try (InputStream in = resources.getResourceAsStream(where)
                .orElseThrow(() -> new IllegalStateException("No taxonomy seed at " + location))) {
            return Optional.of(parse(new ObjectMapper().readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the taxonomy seed " + location, e);
        }
    }

    static TaxonomySeed parse(JsonNode root) {
        JsonNode t = root.required("taxonomy");
        UUID taxonomyId = UUID.fromString(t.required("id").asText());
        TaxonomyStore.Taxonomy taxonomy = new TaxonomyStore.Taxonomy(taxonomyId, t.required("name").asText(), text(t, "description"),
                text(t, "version"));
        List<TaxonomyTerm> terms = new ArrayList<>();
        for (JsonNode term : root.required("terms")) {
            List<String> keywords = new ArrayList<>();
            term.path("keywords").forEach(k -> keywords.add(k.asText()));
            String parent = text(term, "parent_id");
            terms.add(new TaxonomyTerm(UUID.fromString(term.required("id").asText()), taxonomyId, term.required("code").asText(),
                    term.required("name").asText(), text(term, "description"), parent == null ? null : UUID.fromString(parent),
                    keywords, 1, null));
        }
        return new TaxonomySeed(taxonomy, terms);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
