package org.signpost.directory.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.signpost.platform.errors.Violations;
import org.signpost.seeds.model.GeoBounds;

/**
 * A place: a known type, coordinates by {@link Coordinates}, a UK postcode by {@link Postcode},
 * a two-letter country code, and accessibility entries with a known {@link AccessibilityCode} (or none) and web
 * addresses.
 */
public final class LocationRule {

    static final Set<String> TYPES = Set.of("physical", "postal", "virtual");

    private LocationRule() {
    }

    /**
     * @param id the id the location will have (kept or new); accessibility entries get new ids whenever the location is written
     */
    public static ListingContent.Location check(ServiceDraft.LocationDraft d, UUID id, GeoBounds bounds,
            String prefix, Violations violations) {
        int before = violations.list().size();
        String type = d.locationType() == null ? "physical" : d.locationType().trim().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            violations.add(Violations.at(prefix, "location_type"), "must be physical, postal or virtual");
        }
        Coordinates.check(d.latitude(), d.longitude(), bounds, prefix, violations);
        String postcode = Text.clean(d.postalCode());
        Postcode.check(postcode, Violations.at(prefix, "postal_code"), violations);
        String country = Text.clean(d.country());
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            violations.add(Violations.at(prefix, "country"), "must be a two-letter ISO 3166-1 code such as GB");
        }
        List<ListingContent.Access> access = new ArrayList<>();
        for (int i = 0; i < d.accessibility().size(); i++) {
            String at = prefix + ".accessibility[" + i + "]";
            ServiceDraft.AccessDraft a = d.accessibility().get(i);
            if (a == null) {
                violations.add(at, "must not be null");
                continue;
            }
            String code = Text.clean(a.code());
            if (code != null && AccessibilityCode.fromWire(code).isEmpty()) {
                violations.add(at + ".code", "must be one of " + AccessibilityCode.ALLOWED);
            }
            WebAddress.check(Text.clean(a.url()), at + ".url", violations);
            access.add(new ListingContent.Access(null, code, Text.clean(a.description()), Text.clean(a.details()), Text.clean(a.url())));
        }
        if (violations.list().size() > before) {
            return null;
        }
        return new ListingContent.Location(id, type, Text.clean(d.name()), Text.clean(d.description()), decimal(d.latitude()),
                decimal(d.longitude()), Text.clean(d.address1()), Text.clean(d.address2()), Text.clean(d.city()),
                Text.clean(d.region()), Postcode.normalise(postcode), country == null ? null : country.toUpperCase(Locale.ROOT),
                access);
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
