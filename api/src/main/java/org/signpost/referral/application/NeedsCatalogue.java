package org.signpost.referral.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.signpost.directory.application.TaxonomyReader;
import org.signpost.seeds.model.NeedsTaxonomy;

/**
 * The needs taxonomy for naming and checking needs, re-read at most every few seconds (every
 * referral request used to read the whole tree). A code the cached tree does not know triggers a
 * fresh read before it is refused, so a term added a moment ago is never turned away.
 */
@Singleton
class NeedsCatalogue {

    private static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private record Cached(NeedsTaxonomy taxonomy, Instant readAt) {
    }

    private final TaxonomyReader reader;
    private final Clock clock;
    private volatile Cached cached;

    NeedsCatalogue(TaxonomyReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    /** A recent tree, good for names. */
    NeedsTaxonomy current() {
        Cached c = cached;
        if (c == null || c.readAt().plus(FRESH_FOR).isBefore(clock.instant())) {
            c = reload();
        }
        return c.taxonomy();
    }

    /** A tree that knows every one of these codes it can: re-read when the cached one misses any. */
    NeedsTaxonomy knowing(Collection<String> codes) {
        NeedsTaxonomy taxonomy = current();
        boolean missing = codes.stream().anyMatch(code -> code == null || taxonomy.byCode(code.trim()).isEmpty());
        return missing ? reload().taxonomy() : taxonomy;
    }

    private Cached reload() {
        Cached fresh = new Cached(reader.current(), clock.instant());
        cached = fresh;
        return fresh;
    }
}
