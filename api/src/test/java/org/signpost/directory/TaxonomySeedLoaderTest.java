package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.TaxonomyAdminApi;
import org.signpost.contract.model.TaxonomyTerm;
import org.signpost.contract.model.TaxonomyTermUpdate;
import org.signpost.directory.application.TaxonomySeed;
import org.signpost.directory.application.TaxonomySeedLoader;
import org.signpost.directory.application.TaxonomyStore;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestDatabase;
import org.signpost.testing.TestDirectory;
import org.signpost.testing.TestUsers;

/**
 * The seed loader runs at every start: a second load changes nothing, a new seed version refreshes
 * terms no admin touched, and an admin's edit survives any later load.
 */
@MicronautTest(transactional = false)
class TaxonomySeedLoaderTest {

    @Inject
    TaxonomySeedLoader loader;

    @Inject
    TaxonomySeed.Source source;

    @Inject
    TaxonomyAdminApi taxonomy;

    @Inject
    TestUsers users;

    @Inject
    TestDatabase database;

    @AfterEach
    void putTheShippedTaxonomyBack() {
        Bearer.clear();
        database.update("UPDATE taxonomy SET version = 'reload' WHERE id = ?", seed().taxonomy().id());
        loader.load(seed());
    }

    @Test
    void loadingTheSameSeedAgainChangesNothing() {
        TaxonomySeed seed = seed();

        TaxonomySeedLoader.Outcome again = loader.load(seed);

        assertThat(again.inserted()).isZero();
        assertThat(again.refreshed()).isZero();
        assertThat(database.count("SELECT COUNT(*) FROM taxonomy_term WHERE taxonomy_id = ?", seed.taxonomy().id()))
                .isGreaterThanOrEqualTo(seed.terms().size());
    }

    @Test
    void aNewSeedVersionRefreshesUneditedTermsButNeverAnAdminsEdit() {
        users.actAs(Role.ADMIN);
        TaxonomyTerm heritage = find("sp-heritage");
        taxonomy.updateTaxonomyTerm(heritage.getId(), new TaxonomyTermUpdate(heritage.getName()).parentId(heritage.getParentId())
                .description(heritage.getDescription()).keywords(TestDirectory.copy(List.of("local history", "museum", "admin's word"))),
                "\"" + heritage.getVersion() + "\"");
        TaxonomySeed shipped = seed();
        List<org.signpost.directory.model.TaxonomyTerm> terms = new ArrayList<>();
        for (var term : shipped.terms()) {
            boolean changed = term.code().equals("sp-heritage") || term.code().equals("sp-cycling");
            terms.add(changed ? new org.signpost.directory.model.TaxonomyTerm(term.id(), term.taxonomyId(), term.code(), term.name(),
                    term.description(), term.parentId(), List.of("from the new seed"), 1, null) : term);
        }
        UUID newTerm = UUID.randomUUID();
        terms.add(new org.signpost.directory.model.TaxonomyTerm(newTerm, shipped.taxonomy().id(), "sp-test-new-" + newTerm, "New in seed",
                null, null, List.of("new"), 1, null));
        TaxonomyStore.Taxonomy next = new TaxonomyStore.Taxonomy(shipped.taxonomy().id(), shipped.taxonomy().name(),
                shipped.taxonomy().description(), "t-" + UUID.randomUUID().toString().substring(0, 8));

        TaxonomySeedLoader.Outcome outcome = loader.load(new TaxonomySeed(next, terms));

        assertThat(outcome.inserted()).isEqualTo(1);
        assertThat(outcome.refreshed()).isEqualTo(1);
        assertThat(find("sp-cycling").getKeywords()).containsExactly("from the new seed");
        assertThat(find("sp-heritage").getKeywords()).containsExactly("local history", "museum", "admin's word");
        assertThat(find("sp-test-new-" + newTerm)).isNotNull();
        assertThat(taxonomy.listTaxonomyTerms().getVersion()).isEqualTo(next.version());
    }

    private TaxonomySeed seed() {
        return source.read().orElseThrow();
    }

    private TaxonomyTerm find(String code) {
        return find(taxonomy.listTaxonomyTerms().getTerms(), code);
    }

    private static TaxonomyTerm find(List<TaxonomyTerm> terms, String code) {
        for (TaxonomyTerm term : terms == null ? List.<TaxonomyTerm>of() : terms) {
            if (term.getCode().equals(code)) {
                return term;
            }
            TaxonomyTerm below = find(term.getChildren(), code);
            if (below != null) {
                return below;
            }
        }
        return null;
    }
}
