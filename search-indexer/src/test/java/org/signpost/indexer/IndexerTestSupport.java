package org.signpost.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * The indexer against the real MariaDB (the application's migrations) and Elasticsearch, driven by
 * hand (the background loop is off in this module's tests) so each step can be staged exactly.
 */
abstract class IndexerTestSupport {

    @Inject
    OutboxIndexer outbox;

    @Inject
    ConsistencyCheck consistency;

    @Inject
    IndexRebuilder rebuilder;

    @Inject
    IndexWriter writer;

    @Inject
    SearchDocumentSource source;

    @Inject
    ServiceIndex index;

    @Inject
    ElasticsearchClient elasticsearch;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    DirectoryRows rows;

    @BeforeEach
    void upToDate() throws IOException {
        rows = new DirectoryRows(jdbc, transactions);
        index.repair();
        drain();
        // whatever another test left behind (a document written by hand) is repaired, so each test starts consistent
        consistency.run(true);
    }

    void drain() {
        while (outbox.processBatch() > 0) {
            // until the outbox is empty
        }
    }

    /** The service's documents as the read alias finds them now. */
    List<ServiceDocument> documents(UUID service) throws IOException {
        elasticsearch.indices().refresh(r -> r.index(index.readAlias()));
        return elasticsearch.search(s -> s.index(index.readAlias())
                        .query(q -> q.term(t -> t.field(SearchFields.SERVICE_ID).value(service.toString()))), ServiceDocument.class)
                .hits().hits().stream().map(Hit::source).toList();
    }
}
