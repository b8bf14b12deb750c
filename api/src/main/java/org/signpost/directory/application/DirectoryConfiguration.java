package org.signpost.directory.application;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.naming.conventions.StringConvention;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.signpost.directory.model.ListingField;
import org.signpost.directory.model.ListingValidator;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.directory.model.ReviewPeriods;
import org.signpost.directory.model.ReviewPolicy;
import org.signpost.seeds.model.GeoBounds;

/**
 * Builds the directory's rules from configuration, refusing to start on a setting it does not
 * understand (an unknown review-policy field or value, a period that is not ISO-8601, bounds
 * outside the world).
 */
@Factory
class DirectoryConfiguration {

    static final String POLICY_PREFIX = "signpost.directory.review-policy";

    @Singleton
    ReviewPeriods reviewPeriods(DirectorySettings settings) {
        return ReviewPeriods.parse(settings.reviewAfter(), settings.hideAfter());
    }

    /** For the search indexer and the ORUK read API: inject this, and {@link DirectoryCalendar} for "today". */
    @Singleton
    ResidentVisibility residentVisibility(ReviewPeriods periods) {
        return new ResidentVisibility(periods);
    }

    @Singleton
    GeoBounds bounds(@Value("${signpost.directory.bounds.min-latitude:49.8}") double minLatitude,
            @Value("${signpost.directory.bounds.max-latitude:60.9}") double maxLatitude,
            @Value("${signpost.directory.bounds.min-longitude:-8.7}") double minLongitude,
            @Value("${signpost.directory.bounds.max-longitude:1.8}") double maxLongitude) {
        return new GeoBounds("this deployment's area", minLatitude, maxLatitude, minLongitude, maxLongitude);
    }

    @Singleton
    ListingValidator listingValidator(GeoBounds bounds) {
        return new ListingValidator(bounds);
    }

    @Singleton
    ReviewPolicy reviewPolicy(Environment environment) {
        Map<String, Object> configured = environment.getProperties(POLICY_PREFIX, StringConvention.RAW);
        Map<ListingField, ReviewPolicy.Decision> overrides = new EnumMap<>(ListingField.class);
        configured.forEach((key, value) -> {
            ListingField field = ListingField.fromKey(key).orElseThrow(() -> new IllegalStateException(
                    POLICY_PREFIX + "." + key + " is not a listing field; fields are "
                            + java.util.Arrays.stream(ListingField.values()).map(ListingField::key).toList()));
            String decision = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
            if (!decision.equals("PUBLISH") && !decision.equals("HOLD")) {
                throw new IllegalStateException(POLICY_PREFIX + "." + key + " must be publish or hold, not " + value);
            }
            overrides.put(field, ReviewPolicy.Decision.valueOf(decision));
        });
        return ReviewPolicy.withOverrides(overrides);
    }
}
