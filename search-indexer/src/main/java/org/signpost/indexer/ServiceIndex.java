package org.signpost.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.Alias;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service index's physical indices and its two aliases: searches read through
 * {@link #readAlias()}, the indexer writes through {@link #writeAlias()}. Owns the mapping
 * ({@code elasticsearch/services-index.json}), which works on the minimal distribution: core
 * analyzers only, no analysis-common.
 */
@Singleton
public class ServiceIndex {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceIndex.class);
    private static final String MAPPING = "/elasticsearch/services-index.json";
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final ObjectMapper json;
    private final String base;
    private final Clock clock;

    @Inject
    public ServiceIndex(ElasticsearchClient client, ObjectMapper json, ElasticsearchSettings settings) {
        this(client, json, settings, Clock.systemUTC());
    }

    ServiceIndex(ElasticsearchClient client, ObjectMapper json, ElasticsearchSettings settings, Clock clock) {
        this.client = client;
        this.json = json;
        this.base = settings.indexPrefix() + "-services";
        this.clock = clock;
    }

    public String readAlias() {
        return base + "-read";
    }

    public String writeAlias() {
        return base + "-write";
    }

    /** Marks the physical index a rebuild is filling, until the swap. */
    public String rebuildAlias() {
        return base + "-rebuild";
    }

    /** Where the outbox indexer writes. */
    public List<String> writeTargets() {
        return List.of(writeAlias());
    }

    /** The physical index the read alias points at. */
    public Optional<String> readIndex() throws IOException {
        return aliasTargets(readAlias()).stream().findFirst();
    }

    /**
     * Repairs what a crash can leave behind: an unfinished rebuild index (dropped: it can be
     * redone), a write alias that does not point where the read alias does, and orphan indices.
     */
    public void repair() throws IOException {
        ensureExists();
        for (String unfinished : aliasTargets(rebuildAlias())) {
            LOG.warn("Deleting unfinished rebuild index {}", unfinished);
            client.indices().delete(d -> d.index(unfinished));
        }
        List<String> read = aliasTargets(readAlias());
        List<String> write = aliasTargets(writeAlias());
        if (read.size() == 1 && !write.equals(read)) {
            LOG.warn("Write alias pointed at {}, read alias at {}: pointing both at {}", write, read, read.get(0));
            client.indices().updateAliases(u -> {
                for (String index : write) {
                    u.actions(a -> a.remove(r -> r.index(index).alias(writeAlias())));
                }
                return u.actions(a -> a.add(add -> add.index(read.get(0)).alias(writeAlias()).isWriteIndex(true)));
            });
        }
        var all = client.indices().get(g -> g.index(base + "-*").ignoreUnavailable(true).allowNoIndices(true));
        for (var entry : all.result().entrySet()) {
            if (entry.getValue().aliases() == null || entry.getValue().aliases().isEmpty()) {
                LOG.warn("Deleting orphan index {}", entry.getKey());
                client.indices().delete(d -> d.index(entry.getKey()));
            }
        }
    }

    /** Points the read and write aliases at {@code target} in one atomic step and drops the old indices. */
    public void swapTo(String target) throws IOException {
        List<String> old = new java.util.ArrayList<>(aliasTargets(readAlias()));
        old.addAll(aliasTargets(writeAlias()));
        client.indices().updateAliases(u -> {
            for (String index : old.stream().distinct().toList()) {
                u.actions(a -> a.remove(r -> r.index(index).alias(readAlias())));
                u.actions(a -> a.remove(r -> r.index(index).alias(writeAlias())));
            }
            u.actions(a -> a.remove(r -> r.index(target).alias(rebuildAlias())));
            u.actions(a -> a.add(add -> add.index(target).alias(readAlias())));
            return u.actions(a -> a.add(add -> add.index(target).alias(writeAlias()).isWriteIndex(true)));
        });
        for (String index : old.stream().distinct().filter(i -> !i.equals(target)).toList()) {
            client.indices().delete(d -> d.index(index));
        }
    }

    private List<String> aliasTargets(String alias) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return List.of();
        }
        return List.copyOf(client.indices().getAlias(a -> a.name(alias)).result().keySet());
    }

    /**
     * Creates the first physical index with both aliases when none exists yet; an existing one gets
     * the fields the mapping has gained since it was made (adding a field is allowed in place, so a
     * new field needs no rebuild; changing one does, and is only logged here).
     */
    public void ensureExists() {
        try {
            if (client.indices().existsAlias(a -> a.name(readAlias())).value()) {
                addNewFields();
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

    private void addNewFields() throws IOException {
        String mappings;
        try (InputStream mapping = ServiceIndex.class.getResourceAsStream(MAPPING)) {
            if (mapping == null) {
                throw new IllegalStateException("Missing " + MAPPING);
            }
            mappings = json.readTree(mapping).path("mappings").toString();
        }
        try {
            client.indices().putMapping(p -> p.index(readAlias(), writeAlias()).withJson(new StringReader(mappings)));
        } catch (ElasticsearchException e) {
            LOG.warn("The live index's mapping differs from {} in a way that needs a rebuild: {}", MAPPING, e.getMessage());
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
