package org.signpost.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.signpost.directory.application.SeedDirectory;

/** The Run command's first start loads the taxonomy and the Rotherham seed directory; a later start changes nothing. */
@MicronautTest(transactional = false)
@Property(name = "signpost.seeds.load", value = "true")
class SeedDirectoryLoadsTest {

    @Inject
    SeedDirectory seeds;

    @Inject
    DirectorySql sql;

    @Inject
    OrukCalls calls;

    @Test
    void theSeedDirectoryIsLoadedOnceVerifiedAndShowsOnTheFeed() {
        assertThat(sql.count("SELECT COUNT(*) FROM taxonomy_term")).isGreaterThanOrEqualTo(85);
        assertThat(sql.count("SELECT COUNT(*) FROM service WHERE source = ?", SeedDirectory.SOURCE)).isEqualTo(441);
        assertThat(sql.count("SELECT COUNT(DISTINCT organisation_id) FROM service WHERE source = ?", SeedDirectory.SOURCE))
                .isEqualTo(187);
        assertThat(sql.count("SELECT COUNT(*) FROM location WHERE source = ?", SeedDirectory.SOURCE)).isEqualTo(188);
        assertThat(sql.count("SELECT COUNT(*) FROM service WHERE source = ? AND verification = 'verified'", SeedDirectory.SOURCE))
                .isEqualTo(441);
        long history = sql.count("SELECT COUNT(*) FROM service_history");

        assertThat(seeds.load()).as("a second start finds the seeds loaded").isNull();

        assertThat(sql.count("SELECT COUNT(*) FROM service WHERE source = ?", SeedDirectory.SOURCE)).isEqualTo(441);
        assertThat(sql.count("SELECT COUNT(*) FROM service_history")).isEqualTo(history);
        assertThat(calls.get("/oruk/service_at_locations?postcode=S65&proximity=3000&per_page=100").path("total_items").asLong())
                .isPositive();
        assertThat(calls.get("/oruk/services?taxonomy_term_id=sp-loneliness&per_page=100").path("total_items").asLong())
                .isPositive();
    }
}
