package org.signpost.seeds.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.signpost.seeds.model.TaxonomyTermRef;
import org.signpost.seeds.model.TextLimits;

/** Reads the taxonomy terms a service is tagged with from its ORUK attributes. */
final class TermMapper {

    private TermMapper() {
    }

    /**
     * Each attribute gives a term by {@code taxonomy_term} (id, our {@code code}, name) or by
     * {@code taxonomy_term_id}; one that gives neither is dropped with a warning.
     */
    static List<TaxonomyTermRef> terms(JsonValues service) {
        List<TaxonomyTermRef> result = new ArrayList<>();
        for (JsonValues attribute : service.objects("attributes")) {
            JsonNode termNode = attribute.object("taxonomy_term");
            UUID id = null;
            String code = null;
            String name = null;
            if (termNode != null) {
                JsonValues term = attribute.child(termNode, "taxonomy_term.");
                id = term.uuid("id", false);
                code = term.raw("code");
                name = term.text("name", TextLimits.NAME);
            }
            if (id == null) {
                id = attribute.uuid("taxonomy_term_id", false);
            }
            if (id == null && code == null) {
                attribute.problems().warn(attribute.path("taxonomy_term"), "names no term (no id or code); ignored");
                continue;
            }
            result.add(new TaxonomyTermRef(id, code, name));
        }
        return result;
    }
}
