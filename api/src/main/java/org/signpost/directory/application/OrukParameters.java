package org.signpost.directory.application;

import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.seeds.geo.OutcodeCentroid;
import org.signpost.seeds.model.RecurrenceRules;
import org.signpost.seeds.model.NeedsTaxonomy;

/**
 * Reads the ORUK list parameters into an {@link OrukQuery}; every parameter that cannot be read is a
 * 400 naming it (all of them at once).
 */
@Singleton
public class OrukParameters {

    /** The request's raw parameters (null: absent). */
    public record Raw(String search, Integer page, Integer perPage, String taxonomyTermId, String taxonomyId, Integer minimumAge,
            Integer maximumAge, String day, String startTime, String endTime, String postcode, String proximity,
            String organizationId, String modifiedAfter, String format) {
    }

    private static final double MAX_PROXIMITY = 1_000_000;

    private final TaxonomyReader taxonomy;
    private final PostcodeLookup postcodes;

    OrukParameters(TaxonomyReader taxonomy, PostcodeLookup postcodes) {
        this.taxonomy = taxonomy;
        this.postcodes = postcodes;
    }

    public OrukQuery read(Raw raw) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<UUID> terms = raw.taxonomyTermId() == null ? null : terms(raw.taxonomyTermId().trim(), violations);
        UUID taxonomyId = raw.taxonomyId() == null ? null : uuid("taxonomy_id", raw.taxonomyId(), violations);
        String day = raw.day() == null ? null : day(raw.day(), violations);
        LocalTime start = time("start_time", raw.startTime(), violations);
        LocalTime end = time("end_time", raw.endTime(), violations);
        if (raw.minimumAge() != null && raw.maximumAge() != null && raw.minimumAge() > raw.maximumAge()) {
            violations.add(new FieldViolation("minimum_age", "is greater than maximum_age"));
        }
        OutcodeCentroid near = null;
        if (raw.postcode() != null) {
            try {
                near = postcodes.centroid(raw.postcode(), "postcode");
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        }
        Double within = raw.proximity() == null ? null : proximity(raw.proximity(), raw.postcode() != null, violations);
        UUID organisation = raw.organizationId() == null ? null : uuid("organization_id", raw.organizationId(), violations);
        Instant modifiedAfter = raw.modifiedAfter() == null ? null : moment(raw.modifiedAfter(), violations);
        format(raw.format(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String search = raw.search() == null || raw.search().isBlank() ? null : raw.search().trim();
        return new OrukQuery(search, terms, taxonomyId, raw.minimumAge(), raw.maximumAge(), day, start, end, near, within,
                organisation, modifiedAfter, raw.page() == null ? 1 : raw.page(), raw.perPage() == null ? 50 : raw.perPage());
    }

    /** ORUK's {@code format}: only {@code json} (the default) is offered; anything else is a 400 naming it. */
    public static void format(String value, List<FieldViolation> violations) {
        if (value != null && !value.trim().equalsIgnoreCase("json")) {
            violations.add(new FieldViolation("format", "'" + value + "' is not offered; the only format is json"));
        }
    }

    /** ORUK's {@code format} on its own. */
    public static void format(String value) {
        List<FieldViolation> violations = new ArrayList<>();
        format(value, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** A date-time with an offset ({@code 2026-11-01T09:00:00Z}) or a date (its start, UTC). */
    private static Instant moment(String value, List<FieldViolation> violations) {
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                violations.add(new FieldViolation("modified_after",
                        "'" + value + "' is not a date-time with an offset (2026-11-01T09:00:00Z) or a date (2026-11-01)"));
                return null;
            }
        }
    }

    /** A path id: a UUID, else a 400 naming {@code id}. */
    public static UUID id(String value) {
        List<FieldViolation> violations = new ArrayList<>();
        UUID id = uuid("id", value, violations);
        if (id == null) {
            throw new InvalidInputException(violations);
        }
        return id;
    }

    private Set<UUID> terms(String value, List<FieldViolation> violations) {
        NeedsTaxonomy current = taxonomy.current();
        Optional<NeedsTaxonomy.Term> term = current.byCode(value);
        if (term.isEmpty()) {
            try {
                term = current.byId(UUID.fromString(value));
            } catch (IllegalArgumentException notUuid) {
                // reported below
            }
        }
        if (term.isEmpty()) {
            violations.add(new FieldViolation("taxonomy_term_id", "no taxonomy term has the id or code '" + value + "'"));
            return null;
        }
        UUID root = term.get().id();
        Set<UUID> ids = new LinkedHashSet<>();
        for (NeedsTaxonomy.Term t : current.terms()) {
            if (current.selfAndAncestors(t.id()).stream().anyMatch(a -> a.id().equals(root))) {
                ids.add(t.id());
            }
        }
        return ids;
    }

    private static UUID uuid(String field, String value, List<FieldViolation> violations) {
        try {
            UUID id = UUID.fromString(value.trim());
            if (id.toString().equalsIgnoreCase(value.trim())) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        violations.add(new FieldViolation(field, "'" + value + "' is not a UUID"));
        return null;
    }

    private static String day(String value, List<FieldViolation> violations) {
        String upper = value.trim().toUpperCase(Locale.ROOT);
        if (RecurrenceRules.DAY_CODES.contains(upper)) {
            return upper;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(upper)) {
                return RecurrenceRules.dayCode(day);
            }
        }
        violations.add(new FieldViolation("day", "'" + value + "' is not a day (MO..SU or monday..sunday)"));
        return null;
    }

    private static LocalTime time(String field, String value, List<FieldViolation> violations) {
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "'" + value + "' is not a time (HH:MM)"));
            return null;
        }
    }

    private static Double proximity(String value, boolean withPostcode, List<FieldViolation> violations) {
        if (!withPostcode) {
            violations.add(new FieldViolation("proximity", "needs a postcode to measure from"));
            return null;
        }
        try {
            double metres = Double.parseDouble(value.trim());
            if (metres > 0 && metres <= MAX_PROXIMITY) {
                return metres;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new FieldViolation("proximity", "'" + value + "' is not a distance in metres (above 0, at most 1000000)"));
        return null;
    }
}
