package org.signpost.directory.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dev Run command's first start: makes sure the needs taxonomy is loaded (TaxonomySeedLoader) and loads the illustrative Rotherham
 * directory (verified, so it shows at once) when that source was never imported. Later starts find
 * the source imported and change nothing. The search indexer then drains the outbox rows the import
 * wrote. Switched on by {@code signpost.seeds.load} (true in application-dev.yml).
 */
@Singleton
@Order(20)
@Requires(property = "signpost.seeds.load", value = "true")
public class SeedDirectory implements ApplicationEventListener<StartupEvent> {

    /** The source name the seed directory is imported under. */
    public static final String SOURCE = "seed-rotherham";
    public static final String RESOURCE = "/seeds/rotherham/services.json";

    private static final Logger LOG = LoggerFactory.getLogger(SeedDirectory.class);

    private final TaxonomySeedLoader taxonomy;
    private final TaxonomySeed.Source taxonomySeed;
    private final OrukImport imports;

    SeedDirectory(TaxonomySeedLoader taxonomy, TaxonomySeed.Source taxonomySeed, OrukImport imports) {
        this.taxonomy = taxonomy;
        this.taxonomySeed = taxonomySeed;
        this.imports = imports;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        load();
    }

    /** Loads what is missing; returns the report, or null when the seed directory was already loaded. */
    public ImportReport load() {
        // the taxonomy loader also runs at start-up; asking again here (idempotent, insert-if-missing)
        // makes sure the terms exist before the seed services reference them, whatever the listener order
        taxonomySeed.read().ifPresent(taxonomy::load);
        if (imports.everImported(SOURCE)) {
            return null;
        }
        ImportReport report = imports.importFeed(() -> {
            InputStream in = SeedDirectory.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return in;
        }, OrukImport.Options.standard(SOURCE, true, null));
        LOG.info("Seed directory loaded: {} services ({} new, {} updated, {} rejected) in {} ms", report.records(),
                report.inserted(), report.updated(), report.rejected(), report.elapsedMillis());
        return report;
    }
}
