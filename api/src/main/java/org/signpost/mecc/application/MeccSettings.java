package org.signpost.mecc.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * MECC configuration ({@code signpost.mecc.*}).
 *
 * @param topics wider-determinant topics recorded besides the five core ones
 * @param settings where conversations happen (report dimension)
 * @param suppressionThreshold counts from 1 to this minus 1 are withheld from reports
 */
@ConfigurationProperties("signpost.mecc")
public record MeccSettings(
        @Bindable(defaultValue = "money,housing,fuel_poverty,loneliness,carers,domestic_abuse,employment") List<String> topics,
        @Bindable(defaultValue = "gp_practice,pharmacy,hospital,community_venue,home_visit,council_office,fire_service,vcfse,"
                + "telephone,online,other") List<String> settings,
        @Bindable(defaultValue = "5") @Min(1) int suppressionThreshold) {
}
