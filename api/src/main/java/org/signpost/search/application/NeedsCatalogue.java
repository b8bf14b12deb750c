package org.signpost.search.application;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.signpost.directory.application.TaxonomyReader;
import org.signpost.seeds.model.NeedsTaxonomy;

/**
 * The needs taxonomy held in memory for search: validating need codes, naming facets, suggesting
 * needs. It is small (tens of terms) and changes rarely, so it is reloaded from the database every
 * {@code signpost.search.taxonomy-refresh}, and at once (at most every few seconds) when asked
 * about a code it does not know. Listings themselves are read from the index only.
 */
@Singleton
public class NeedsCatalogue {

    private static final Duration UNKNOWN_CODE_RELOAD = Duration.ofSeconds(5);

    private final TaxonomyReader reader;
    private final Duration refresh;
    private volatile NeedsTaxonomy taxonomy;
    private volatile long loadedAt;

    NeedsCatalogue(TaxonomyReader reader, SearchSettings settings) {
        this.reader = reader;
        this.refresh = settings.taxonomyRefresh();
    }

    public boolean known(String code) {
        if (current().byCode(code).isPresent()) {
            return true;
        }
        if (System.nanoTime() - loadedAt > UNKNOWN_CODE_RELOAD.toNanos()) {
            reload();
        }
        return taxonomy.byCode(code).isPresent();
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

    private NeedsTaxonomy current() {
        if (taxonomy == null || System.nanoTime() - loadedAt > refresh.toNanos()) {
            reload();
        }
        return taxonomy;
    }

    private synchronized void reload() {
        taxonomy = reader.current();
        loadedAt = System.nanoTime();
    }
}
