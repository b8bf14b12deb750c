package org.signpost.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The whole embedded stack (MariaDB and Elasticsearch), started side by side when a deployment
 * gives no external URLs. The properties it returns point the application at it.
 */
public final class EmbeddedStack implements AutoCloseable {

    /** System property naming the folder the build unpacks the Elasticsearch distribution into. */
    public static final String HOME_PROPERTY = "signpost.embedded.home";
    public static final String ES_VERSION_PROPERTY = "signpost.embedded.elasticsearch.version";

    private final EmbeddedMariaDb mariaDb;
    private final EmbeddedElasticsearch elasticsearch;
    private final Path deleteOnClose;
    private boolean closed;

    private EmbeddedStack(EmbeddedMariaDb mariaDb, EmbeddedElasticsearch elasticsearch, Path deleteOnClose) {
        this.mariaDb = mariaDb;
        this.elasticsearch = elasticsearch;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * Starts whichever of the two servers is wanted, in parallel.
     *
     * @param dataDir where their data lives
     * @param startMariaDb false when an external database is configured
     * @param startElasticsearch false when an external cluster is configured
     * @param esHeap Elasticsearch's heap, e.g. {@code 512m}
     * @param ephemeral delete all data when the stack stops (tests)
     */
    public static EmbeddedStack start(Path dataDir, boolean startMariaDb, boolean startElasticsearch, String esHeap,
            boolean ephemeral) {
        CompletableFuture<EmbeddedElasticsearch> es = startElasticsearch
                ? CompletableFuture.supplyAsync(() -> EmbeddedElasticsearch.start(distribution(), dataDir.resolve("elasticsearch"), esHeap, ephemeral))
                : CompletableFuture.completedFuture(null);
        EmbeddedMariaDb db = null;
        try {
            db = startMariaDb ? EmbeddedMariaDb.start(dataDir.resolve("mariadb")) : null;
            EmbeddedStack stack = new EmbeddedStack(db, es.join(), ephemeral ? dataDir : null);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "embedded-stack-stop"));
            return stack;
        } catch (RuntimeException e) {
            if (db != null) {
                db.close();
            }
            es.thenAccept(node -> {
                if (node != null) {
                    node.close();
                }
            });
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Where the build unpacked the Elasticsearch distribution. */
    public static Path distribution() {
        String home = System.getProperty(HOME_PROPERTY);
        String version = System.getProperty(ES_VERSION_PROPERTY);
        if (home == null || version == null) {
            throw new IllegalStateException("System properties " + HOME_PROPERTY + " and " + ES_VERSION_PROPERTY
                    + " are not set: start through Maven (see the README), or configure an external Elasticsearch");
        }
        return Path.of(home, "elasticsearch-" + version);
    }

    /** Configuration properties that point the application at the embedded servers. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (mariaDb != null) {
            properties.put("datasources.default.url", mariaDb.jdbcUrl());
            properties.put("datasources.default.username", mariaDb.username());
            properties.put("datasources.default.password", mariaDb.password());
        }
        if (elasticsearch != null) {
            properties.put("signpost.elasticsearch.url", elasticsearch.url());
        }
        return properties;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (elasticsearch != null) {
            elasticsearch.close();
        }
        if (mariaDb != null) {
            mariaDb.close();
        }
        if (deleteOnClose != null) {
            try {
                EmbeddedElasticsearch.deleteTree(deleteOnClose);
            } catch (java.io.IOException e) {
                // leftovers under target/ go with the next clean
            }
        }
    }
}
