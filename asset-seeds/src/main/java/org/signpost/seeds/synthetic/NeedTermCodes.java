package org.signpost.seeds.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The term codes of a needs taxonomy file ({@code {"taxonomy": {...}, "terms": [{"code": "sp-loneliness", ...}]}}). */
public final class NeedTermCodes {

    /** Where the seed data keeps the needs taxonomy on the classpath. */
    public static final String SEED_TAXONOMY = "/seeds/taxonomy/needs-taxonomy.json";

    private NeedTermCodes() {
    }

    public static List<String> read(InputStream taxonomyJson) throws IOException {
        JsonNode terms = new ObjectMapper().readTree(taxonomyJson).path("terms");
        List<String> codes = new ArrayList<>();
        for (JsonNode term : terms) {
            String code = term.path("code").asText("");
            if (!code.isBlank()) {
                codes.add(code);
            }
        }
        if (codes.isEmpty()) {
            throw new IOException("the taxonomy has no terms with a code");
        }
        return List.copyOf(codes);
    }
}
