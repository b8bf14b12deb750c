package org.signpost.wellbeing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.wellbeing.infrastructure.MeasureFilesForTests;
import org.signpost.wellbeing.model.MeasureDefinition;

/** How a deployment's configuration changes the built-in measures, and what it may not do. */
class MeasureCatalogueConfigurationTest {

    @Test
    void onlyOns4AndUcla3AreEnabledOutOfTheBox() {
        MeasureCatalogue catalogue = catalogue(MeasureOverrides.none());

        assertThat(catalogue.enabled()).extracting(MeasureDefinition::id).containsExactly("ons4", "ucla3");
        assertThat(catalogue.all()).extracting(MeasureDefinition::id).containsExactly("ons4", "swemwbs", "ucla3", "wemwbs");
    }

    @Test
    void aDeploymentSwitchesMeasuresOnAndOffAndSetsItsOwnThreshold() {
        MeasureCatalogue catalogue = catalogue(new MeasureOverrides(Map.of("swemwbs", "true", "ucla3", "FALSE"),
                Map.of("swemwbs", "2.87")));

        assertThat(catalogue.enabled()).extracting(MeasureDefinition::id).containsExactly("ons4", "swemwbs");
        assertThat(catalogue.requireEnabled("swemwbs").meaningfulChange()).isEqualByComparingTo("2.87");
    }

    @Test
    void aDisabledMeasureIsAConflictAndAnUnknownOneIsNotFound() {
        MeasureCatalogue catalogue = catalogue(MeasureOverrides.none());

        ConflictException disabled = catchThrowableOfType(ConflictException.class, () -> catalogue.score("swemwbs", Map.of()));
        assertThat(disabled.extensions()).containsEntry("measure_id", "swemwbs").containsEntry("enabled", false);
        assertThat(catchThrowableOfType(NotFoundException.class, () -> catalogue.score("pam", Map.of()))).isNotNull();
    }

    @Test
    void aConfigurationKeyNamingNoMeasureStopsStartUp() {
        var refused = catchThrowableOfType(MeasureConfigurationException.class,
                () -> catalogue(new MeasureOverrides(Map.of("swembws", "true"), Map.of())));

        assertThat(refused).hasMessageContaining("signpost.measures.enabled.swembws names no measure")
                .hasMessageContaining("swemwbs");
    }

    @Test
    void aFlagThatIsNotTrueOrFalseOrAThresholdThatIsNotPositiveStopsStartUp() {
        assertThat(catchThrowableOfType(MeasureConfigurationException.class,
                () -> catalogue(new MeasureOverrides(Map.of("swemwbs", "yes"), Map.of()))))
                .hasMessageContaining("must be true or false");
        assertThat(catchThrowableOfType(MeasureConfigurationException.class,
                () -> catalogue(new MeasureOverrides(Map.of(), Map.of("swemwbs", "-1")))))
                .hasMessageContaining("signpost.measures.meaningful-change.swemwbs must be more than 0");
        assertThat(catchThrowableOfType(MeasureConfigurationException.class,
                () -> catalogue(new MeasureOverrides(Map.of(), Map.of("swemwbs", "three")))))
                .hasMessageContaining("must be a number");
    }

    @Test
    void aDeploymentFileMayNotRedefineABuiltInMeasure() {
        List<MeasureSource.Sourced> loaded = new ArrayList<>(builtIn());
        loaded.add(new MeasureSource.Sourced("/etc/signpost/measures/ons4.yaml", MeasureFilesForTests.builtIn("ons4")));

        var refused = catchThrowableOfType(MeasureConfigurationException.class,
                () -> new MeasureCatalogue(() -> loaded, ids -> MeasureOverrides.none()));

        assertThat(refused).hasMessageContaining("'ons4' is defined twice").hasMessageContaining("/etc/signpost/measures/ons4.yaml");
    }

    private static MeasureCatalogue catalogue(MeasureOverrides overrides) {
        List<MeasureSource.Sourced> loaded = builtIn();
        return new MeasureCatalogue(() -> loaded, ids -> overrides);
    }

    private static List<MeasureSource.Sourced> builtIn() {
        return MeasureFilesForTests.builtIn().values().stream()
                .map(m -> new MeasureSource.Sourced("classpath:measures/" + m.id() + ".yaml", m)).toList();
    }
}
