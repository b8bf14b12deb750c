package org.signpost.seeds.geo;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a service that has no place of its own (phone, online) is offered, read from its HSDS
 * service areas, and so where search shows it. The simplest rule that is right for UK feeds
 * without a boundary dataset:
 * <ul>
 *   <li>an area that names postcode districts (outcodes such as {@code S60}, {@code DN15}) covers
 *       exactly those districts: the service is shown to a search whose place lies in one of them;</li>
 *   <li>an area that says it is national ({@code national}, {@code nationwide}, {@code UK},
 *       {@code United Kingdom}, {@code Great Britain}) covers everywhere;</li>
 *   <li>an area we cannot place (only a name such as "Rotherham borough": there is no boundary
 *       data here to place it with) restricts nothing, and neither does a service with no area: it
 *       is shown wherever remote services are asked for, as before.</li>
 * </ul>
 * So a service is restricted when its areas name at least one outcode and none is national.
 */
public record ServiceAreaCoverage(Set<String> outcodes) {

    /** Outcodes, as Royal Mail writes them: area letters, district digit(s), an optional letter. */
    private static final Pattern OUTCODE = Pattern.compile("\\b([A-Z]{1,2}[0-9][0-9A-Z]?)\\b");
    private static final Pattern NATIONAL = Pattern.compile(
            "\\b(national|nationwide|nationally|uk|u\\.k\\.|united kingdom|great britain|uk-wide|countrywide)\\b");

    /** Covers everywhere. */
    public static final ServiceAreaCoverage EVERYWHERE = new ServiceAreaCoverage(Set.of());

    public ServiceAreaCoverage {
        outcodes = Set.copyOf(outcodes);
    }

    /** Reads the areas' names and descriptions (each text may be null). */
    public static ServiceAreaCoverage of(Collection<String> texts) {
        Set<String> outcodes = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            if (NATIONAL.matcher(text.toLowerCase(Locale.ROOT)).find()) {
                return EVERYWHERE;
            }
            Matcher m = OUTCODE.matcher(text.toUpperCase(Locale.ROOT));
            while (m.find()) {
                outcodes.add(m.group(1));
            }
        }
        return new ServiceAreaCoverage(outcodes);
    }

    /** Whether search must keep this service to its districts. */
    public boolean restricted() {
        return !outcodes.isEmpty();
    }

    /** Whether a place in {@code outcode} (upper case, no spaces; null: unknown) is covered. */
    public boolean covers(String outcode) {
        return !restricted() || outcode != null && outcodes.contains(outcode.toUpperCase(Locale.ROOT));
    }
}
