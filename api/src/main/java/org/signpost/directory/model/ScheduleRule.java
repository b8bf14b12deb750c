package org.signpost.directory.model;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.signpost.platform.errors.Violations;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.Frequency;
import org.signpost.seeds.model.RecurrenceRules;

/**
 * One RRULE-style session: freq WEEKLY or MONTHLY, interval 1 to 52, a valid BYDAY and
 * BYMONTHDAY ({@link RecurrenceRules}, as the importer checks them), times as HH:MM with closing
 * after opening, valid_to not before valid_from, an attending type that is a {@link DeliveryMode},
 * and a location index that exists. Stricter than the importer in two places a form can be: a
 * BYMONTHDAY needs freq MONTHLY (HSDS's own example feed has one on a WEEKLY schedule, so the
 * importer takes it), and attending_type is a code (free text in HSDS).
 */
public final class ScheduleRule {

    private ScheduleRule() {
    }

    /**
     * @param locationIds the ids the listing's locations will have, by index
     * @return the session, or null when it has faults (each added to {@code violations})
     */
    public static ListingContent.Schedule check(ServiceDraft.ScheduleDraft draft, java.util.List<UUID> locationIds, UUID keptId,
            String prefix, Violations violations) {
        int before = violations.list().size();
        Frequency frequency = Frequency.fromCode(draft.freq()).orElse(null);
        if (draft.freq() != null && frequency == null) {
            violations.add(Violations.at(prefix, "freq"), "must be one of " + Frequency.allowedCodes());
        }
        String freq = frequency == null ? null : frequency.code();
        boolean monthly = frequency == Frequency.MONTHLY;
        if (draft.interval() != null && (draft.interval() < 1 || draft.interval() > 52)) {
            violations.add(Violations.at(prefix, "interval"), "must be between 1 and 52");
        }
        String byday = RecurrenceRules.compact(draft.byday());
        RecurrenceRules.byDayProblem(byday, frequency).ifPresent(p -> violations.add(Violations.at(prefix, "byday"), p));
        String bymonthday = monthDays(draft.bymonthday(), monthly, Violations.at(prefix, "bymonthday"), violations);
        LocalTime opens = time(draft.opensAt(), Violations.at(prefix, "opens_at"), violations);
        LocalTime closes = time(draft.closesAt(), Violations.at(prefix, "closes_at"), violations);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            violations.add(Violations.at(prefix, "closes_at"), "must be after opens_at (" + opens + ")");
        }
        if (draft.validFrom() != null && draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
            violations.add(Violations.at(prefix, "valid_to"), "must not be before valid_from");
        }
        String attending = null;
        if (draft.attendingType() != null) {
            attending = DeliveryMode.fromCode(draft.attendingType()).map(DeliveryMode::code).orElse(null);
            if (attending == null) {
                violations.add(Violations.at(prefix, "attending_type"), "must be one of " + DeliveryMode.allowedCodes());
            }
        }
        UUID locationId = null;
        if (draft.locationIndex() != null) {
            if (draft.locationIndex() < 0 || draft.locationIndex() >= locationIds.size()) {
                violations.add(Violations.at(prefix, "location_index"), "there is no location at that index");
            } else {
                locationId = locationIds.get(draft.locationIndex());
            }
        }
        if (violations.list().size() > before) {
            return null;
        }
        return new ListingContent.Schedule(keptId, locationId, freq, draft.interval(), byday, bymonthday, draft.dtstart(),
                draft.validFrom(), draft.validTo(), opens, closes, Text.clean(draft.description()), attending);
    }

    private static String monthDays(String value, boolean monthly, String field, Violations violations) {
        String compact = RecurrenceRules.compact(value);
        if (compact == null) {
            return null;
        }
        if (!monthly) {
            violations.add(field, "needs freq MONTHLY");
            return null;
        }
        RecurrenceRules.byMonthDayProblem(compact).ifPresent(p -> violations.add(field, p));
        return compact;
    }

    private static LocalTime time(String value, String field, Violations violations) {
        if (value == null) {
            return null;
        }
        try {
            String trimmed = value.trim();
            if (!trimmed.matches("\\d{2}:\\d{2}(:\\d{2})?")) {
                throw new DateTimeParseException("shape", trimmed, 0);
            }
            return LocalTime.parse(trimmed);
        } catch (DateTimeParseException e) {
            violations.add(field, "must be a time of day as HH:MM");
            return null;
        }
    }
}
