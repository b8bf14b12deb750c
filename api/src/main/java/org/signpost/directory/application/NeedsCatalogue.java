package org.signpost.directory.application;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.signpost.seeds.model.NeedsTaxonomy;

/**
 * The needs taxonomy held in memory for naming and checking needs (search, referrals): one cached
 * tree (Caffeine), small (tens of terms). It is dropped once a change to the terms commits
 * ({@link TaxonomyChanged}, published by the admin edits and the seed loader), re-read after
 * {@code signpost.directory.taxonomy-refresh} as a backstop for other replicas, and re-read (at most
 * every few seconds) when asked about a code it does not know. Loads are counted in the
 * {@code cache.*} meters tagged {@code cache=needs-catalogue}.
 */
@Singleton
public class NeedsCatalogue {

    private static final String KEY = "needs";
    private static final Duration UNKNOWN_CODE_RELOAD = Duration.ofSeconds(5);

    private final LoadingCache<String, NeedsTaxonomy> cache;
    private volatile long loadedAt;

    NeedsCatalogue(TaxonomyReader reader, DirectorySettings settings, @Nullable MeterRegistry meters) {
        this.cache = Caffeine.newBuilder().expireAfterWrite(settings.taxonomyRefresh()).recordStats()
                .build(key -> {
                    loadedAt = System.nanoTime();
                    return reader.current();
                });
        if (meters != null) {
            CaffeineCacheMetrics.monitor(meters, cache, "needs-catalogue");
        }
    }

    /** A recent tree, good for names. */
    public NeedsTaxonomy current() {
        return cache.get(KEY);
    }

    /** A tree that knows every one of these codes it can: re-read when the cached one misses any. */
    public NeedsTaxonomy knowing(Collection<String> codes) {
        NeedsTaxonomy taxonomy = current();
        boolean missing = codes.stream().anyMatch(code -> code == null || taxonomy.byCode(code.trim()).isEmpty());
        if (missing && System.nanoTime() - loadedAt > UNKNOWN_CODE_RELOAD.toNanos()) {
            cache.invalidate(KEY);
            return current();
        }
        return taxonomy;
    }

    public boolean known(String code) {
        return knowing(List.of(code)).byCode(code).isPresent();
    }

    public Optional<NeedsTaxonomy.Term> term(String code) {
        return current().byCode(code);
    }

    /** Terms whose name, a word of it, or one of whose keywords starts with {@code prefix}; name matches first. */
    public List<NeedsTaxonomy.Term> startingWith(String prefix, int limit) {
        String p = prefix.toLowerCase(Locale.ROOT).strip();
        List<NeedsTaxonomy.Term> byName = new ArrayList<>();
        List<NeedsTaxonomy.Term> byKeyword = new ArrayList<>();
        for (NeedsTaxonomy.Term term : current().terms()) {
            String name = term.name().toLowerCase(Locale.ROOT);
            if (name.startsWith(p) || name.contains(" " + p)) {
                byName.add(term);
            } else if (term.keywords().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).startsWith(p))) {
                byKeyword.add(term);
            }
        }
        byName.sort(Comparator.comparing(NeedsTaxonomy.Term::name));
        byKeyword.sort(Comparator.comparing(NeedsTaxonomy.Term::name));
        byName.addAll(byKeyword);
        return byName.subList(0, Math.min(limit, byName.size()));
    }

    /** Drops the cached tree once the change is committed (at once when there is no transaction). */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onChange(TaxonomyChanged change) {
        cache.invalidate(KEY);
    }
}
