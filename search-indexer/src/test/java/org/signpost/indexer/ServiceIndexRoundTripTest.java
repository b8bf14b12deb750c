package org.signpost.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class ServiceIndexRoundTripTest {

    @Inject
    ServiceIndex index;

    @Inject
    ElasticsearchClient client;

    @Test
    void aDocumentWrittenThroughTheWriteAliasIsFoundThroughTheReadAlias() throws IOException {
        index.ensureExists();
        index.ensureExists(); // a second call finds the aliases and changes nothing
        String id = UUID.randomUUID().toString();
        Map<String, Object> doc = Map.of(
                "service_id", id,
                "name", "Kimberworth Walking Buddies",
                "description", "A gentle weekly walk around Kimberworth Park",
                "location", Map.of("lat", 53.4391, "lon", -1.3893),
                "version", 1);
        client.index(i -> i.index(index.writeAlias()).id(id).document(doc));
        client.indices().refresh(r -> r.index(index.writeAlias()));

        SearchResponse<Map> found = client.search(s -> s.index(index.readAlias())
                .query(q -> q.match(m -> m.field("name").query("walking buddies"))), Map.class);

        assertTrue(found.hits().hits().stream().anyMatch(hit -> id.equals(hit.id())), "indexed document found");
        assertEquals("Kimberworth Walking Buddies",
                found.hits().hits().stream().filter(hit -> id.equals(hit.id())).findFirst().orElseThrow().source().get("name"));
    }
}
