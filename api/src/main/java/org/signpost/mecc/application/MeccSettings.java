package org.signpost.mecc.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * MECC configuration ({@code signpost.mecc.*}).
 *
 * @param topics wider-determinant topics recorded besides the five core ones
 * @param settings where conversations happen (report dimension)
 *
 * Reports withhold small numbers as evaluation exports do ({@code signpost.evaluation.suppression-threshold}).
 */
@ConfigurationProperties("signpost.mecc")
public record MeccSettings(
        @Bindable(defaultValue = "money,housing,fuel_poverty,loneliness,carers,domestic_abuse,employment") List<String> topics,
        @Bindable(defaultValue = "gp_practice,pharmacy,hospital,community_venue,home_visit,council_office,fire_service,vcfse,"
                + "telephone,online,other") List<String> settings) {
}
