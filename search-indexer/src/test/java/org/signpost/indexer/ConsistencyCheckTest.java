package org.signpost.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The consistency check compares the database with the index both ways and repairs what differs. */
@MicronautTest(startApplication = false, transactional = false)
class ConsistencyCheckTest extends IndexerTestSupport {

    @Test
    void theCheckFindsLostEventsAndRepairsThem() throws IOException {
        UUID renamed = rows.verifiedService("Swinton Lock Allotment", 53.4870, -1.3140);
        drain();
        rows.rename(renamed, "Swinton Lock Community Allotment", false);
        UUID neverIndexed = rows.verifiedService("Kiveton Park Bowls", 53.3400, -1.2400, false);

        ConsistencyCheck.Report found = consistency.run(false);
        assertThat(found.differences()).containsEntry("missing", 1L).containsEntry("stale", 1L);
        assertThat(found.samples()).anyMatch(sample -> sample.contains(neverIndexed.toString()));

        assertThat(consistency.run(true).repairedServices()).isEqualTo(2);
        assertThat(consistency.run(false).totalDifferences()).isZero();
        assertThat(documents(neverIndexed)).hasSize(1);
        assertThat(documents(renamed)).singleElement()
                .satisfies(doc -> assertThat(doc.name()).isEqualTo("Swinton Lock Community Allotment"));
    }

    @Test
    void aDocumentWhoseServiceIsGoneIsAnOrphanAndRepairDeletesIt() throws IOException {
        UUID gone = UUID.randomUUID();
        ServiceDocument orphan = ServiceDocumentMappingTest.everyFieldSet(gone);
        assertThat(writer.apply(List.of(gone), Map.of(gone, new ServiceDocuments(gone, 1, List.of(orphan))), index.writeTargets()))
                .isEmpty();

        ConsistencyCheck.Report found = consistency.run(false);
        assertThat(found.differences()).containsEntry("orphan", 1L);
        assertThat(found.samples()).contains("orphan: " + gone);

        consistency.run(true);
        assertThat(documents(gone)).isEmpty();
        assertThat(consistency.run(false).totalDifferences()).isZero();
    }
}
