package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.TestDirectory.etagOf;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.TaxonomyAdminApi;
import org.signpost.contract.model.TaxonomyTermCreate;
import org.signpost.contract.model.TaxonomyTermUpdate;
import org.signpost.directory.application.NeedsCatalogue;
import org.signpost.directory.application.TaxonomySeed;
import org.signpost.directory.application.TaxonomySeedLoader;
import org.signpost.seeds.model.NeedsTaxonomy;
import org.signpost.directory.model.TaxonomyTerm;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestUsers;

/**
 * Search and referrals name and check needs from one cached tree: reads between changes come from
 * the cache (no reload), and a term an admin adds or renames, or a seed load adds, is seen at once.
 */
@MicronautTest(transactional = false)
class NeedsCatalogueFollowsTaxonomyEditsTest {

    @Inject
    NeedsCatalogue catalogue;

    @Inject
    TaxonomyAdminApi taxonomy;

    @Inject
    TaxonomySeedLoader loader;

    @Inject
    TaxonomySeed.Source seeds;

    @Inject
    TestUsers users;

    @Inject
    MeterRegistry meters;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void readsBetweenChangesComeFromTheCache() {
        catalogue.current();
        double loads = loads();

        for (int i = 0; i < 20; i++) {
            assertThat(catalogue.term("sp-loneliness")).isPresent();
            assertThat(catalogue.known("sp-physical-activity")).isTrue();
            assertThat(catalogue.startingWith("lone", 5)).extracting(NeedsTaxonomy.Term::code).contains("sp-loneliness");
        }

        assertThat(loads()).isEqualTo(loads);
    }

    @Test
    void aTermAnAdminAddsOrRenamesIsSeenAtOnce() {
        users.actAs(Role.ADMIN);
        String code = "sp-test-" + UUID.randomUUID().toString().substring(0, 8);
        catalogue.current();
        assertThat(catalogue.term(code)).isEmpty();

        var created = taxonomy.createTaxonomyTerm(new TaxonomyTermCreate(code, "Garden share"));

        assertThat(catalogue.term(code)).map(NeedsTaxonomy.Term::name).contains("Garden share");

        taxonomy.updateTaxonomyTerm(created.body().getId(), new TaxonomyTermUpdate("Shared gardens"), etagOf(created));

        assertThat(catalogue.term(code)).map(NeedsTaxonomy.Term::name).contains("Shared gardens");
        assertThat(catalogue.startingWith("shared gard", 5)).extracting(NeedsTaxonomy.Term::code).containsExactly(code);
    }

    @Test
    void aTermTheSeedLoaderAddsIsSeenAtOnce() {
        TaxonomySeed shipped = seeds.read().orElseThrow();
        UUID id = UUID.randomUUID();
        String code = "sp-test-seed-" + id.toString().substring(0, 8);
        List<TaxonomyTerm> terms = new ArrayList<>(shipped.terms());
        terms.add(new TaxonomyTerm(id, shipped.taxonomy().id(), code, "Seeded later", null, null, List.of(), 1, null));
        catalogue.current();

        loader.load(new TaxonomySeed(shipped.taxonomy(), terms));

        assertThat(catalogue.term(code)).map(NeedsTaxonomy.Term::name).contains("Seeded later");
    }

    private double loads() {
        return meters.get("cache.load").tags("cache", "needs-catalogue", "result", "success").functionCounter().count();
    }
}
