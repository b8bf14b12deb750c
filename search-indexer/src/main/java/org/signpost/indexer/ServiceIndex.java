package org.signpost.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.Alias;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The service index's physical indices and its two aliases: searches read through
 * {@link #readAlias()}, the indexer writes through {@link #writeAlias()}. Owns the mapping
 * ({@code elasticsearch/services-index.json}), which works on the minimal distribution: core
 * analyzers only, no analysis-common.
 */
@Singleton
public class ServiceIndex {

    private static final String MAPPING = "/elasticsearch/services-index.json";
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final String base;
    private final Clock clock;

    public ServiceIndex(ElasticsearchClient client, ElasticsearchSettings settings) {
        this(client, settings, Clock.systemUTC());
    }

    ServiceIndex(ElasticsearchClient client, ElasticsearchSettings settings, Clock clock) {
        this.client = client;
        this.base = settings.indexPrefix() + "-services";
        this.clock = clock;
    }

    public String readAlias() {
        return base + "-read";
    }

    public String writeAlias() {
        return base + "-write";
    }

    /** Creates the first physical index with both aliases when none exists yet. */
    public void ensureExists() {
        try {
            if (client.indices().existsAlias(a -> a.name(readAlias())).value()) {
                return;
            }
            createPhysical(Map.of(readAlias(), Alias.of(a -> a), writeAlias(), Alias.of(a -> a.isWriteIndex(true))));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer", e);
        }
    }

    /** Creates a new, empty physical index with the current mapping and the given aliases. */
    public String createPhysical(Map<String, Alias> aliases) throws IOException {
        String name = base + "-" + SUFFIX.format(clock.instant());
        try (InputStream mapping = ServiceIndex.class.getResourceAsStream(MAPPING)) {
            if (mapping == null) {
                throw new IllegalStateException("Missing " + MAPPING);
            }
            client.indices().create(c -> c.index(name).withJson(mapping).aliases(aliases));
        }
        return name;
    }
}
