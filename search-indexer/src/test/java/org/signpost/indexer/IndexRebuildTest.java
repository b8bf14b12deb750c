package org.signpost.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A full rebuild fills a new physical index and swaps both aliases to it in one step, edits or not. */
@MicronautTest(startApplication = false, transactional = false)
class IndexRebuildTest extends IndexerTestSupport {

    @Test
    void aRebuildUnderConcurrentEditsSwapsTheAliasesAndEndsConsistent() throws Exception {
        List<UUID> services = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            services.add(rows.verifiedService("Dinnington Coffee Morning " + i, 53.36 + i * 0.0005, -1.20));
        }
        drain();
        String before = index.readIndex().orElseThrow();
        Map<UUID, String> latest = new HashMap<>();
        Random random = new Random(7);
        CompletableFuture<Void> edits = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 100; i++) {
                UUID service = services.get(random.nextInt(services.size()));
                String name = "Dinnington Coffee Morning edit " + i;
                rows.rename(service, name);
                synchronized (latest) {
                    latest.put(service, name);
                }
            }
        });

        RebuildProgress done = rebuilder.rebuild();
        edits.get();
        drain();

        assertThat(done.state()).isEqualTo("done");
        assertThat(done.services()).isGreaterThanOrEqualTo(150);
        String after = index.readIndex().orElseThrow();
        assertThat(after).isEqualTo(done.targetIndex()).isNotEqualTo(before);
        assertThat(elasticsearch.indices().getAlias(a -> a.name(index.writeAlias())).result().keySet())
                .as("reads and writes go to the new index").containsExactly(after);
        assertThat(elasticsearch.indices().exists(e -> e.index(before)).value()).as("the old index is dropped").isFalse();
        assertThat(elasticsearch.indices().existsAlias(a -> a.name(index.rebuildAlias())).value()).isFalse();

        assertThat(consistency.run(false).totalDifferences()).isZero();
        for (var edit : latest.entrySet()) {
            assertThat(documents(edit.getKey())).singleElement()
                    .satisfies(doc -> assertThat(doc.name()).isEqualTo(edit.getValue()));
        }
    }

    @Test
    void anUnfinishedRebuildIsDroppedAtStartUpAndTheLiveIndexKept() throws Exception {
        String live = index.readIndex().orElseThrow();
        // a rebuild that died after creating its index
        String unfinished = index.createPhysical(Map.of(index.rebuildAlias(), co.elastic.clients.elasticsearch.indices.Alias.of(a -> a)));

        index.repair();

        assertThat(elasticsearch.indices().exists(e -> e.index(unfinished)).value()).isFalse();
        assertThat(index.readIndex()).contains(live);
        assertThat(elasticsearch.indices().getAlias(a -> a.name(index.writeAlias())).result().keySet()).containsExactly(live);
    }
}
