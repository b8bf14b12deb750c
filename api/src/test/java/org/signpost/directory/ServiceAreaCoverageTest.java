package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.signpost.seeds.geo.ServiceAreaCoverage;

/** How a service area's words become where a remote service is shown (a pure rule: no server needed). */
class ServiceAreaCoverageTest {

    @Test
    void postcodeDistrictsNamedInAnAreaAreExactlyWhereItIsShown() {
        ServiceAreaCoverage rotherham = ServiceAreaCoverage.of(Arrays.asList("Rotherham borough", "s60, S61 and S65 1AB"));

        assertThat(rotherham.restricted()).isTrue();
        assertThat(rotherham.outcodes()).containsExactlyInAnyOrder("S60", "S61", "S65");
        assertThat(rotherham.covers("S65")).isTrue();
        assertThat(rotherham.covers("DN15")).isFalse();
        assertThat(rotherham.covers(null)).as("an unknown place is not covered by a restricted service").isFalse();
    }

    @Test
    void aNationalAreaOrOneWeCannotPlaceRestrictsNothing() {
        assertThat(ServiceAreaCoverage.of(Arrays.asList("United Kingdom", "also S60")).restricted()).isFalse();
        assertThat(ServiceAreaCoverage.of(Arrays.asList("Nationwide helpline")).covers("TR1")).isTrue();
        assertThat(ServiceAreaCoverage.of(Arrays.asList("Rotherham borough", null)).restricted()).isFalse();
        assertThat(ServiceAreaCoverage.of(Arrays.asList()).covers("S60")).isTrue();
    }
}
