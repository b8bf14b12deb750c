package org.signpost.directory.model;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.signpost.platform.errors.Violations;

/**
 * One RRULE-style session: freq WEEKLY or MONTHLY, interval 1 to 52, a valid BYDAY and
 * BYMONTHDAY (the latter only monthly), times as HH:MM with closing after opening, valid_to not
 * before valid_from, a known attending type, and a location index that exists.
 */
public final class ScheduleRule {

    static final Set<String> ATTENDING = Set.of("in_person", "online", "phone");

    private ScheduleRule() {
    }

    /**
     * @param locationIds the ids the listing's locations will have, by index
     * @return the session, or null when it has faults (each added to {@code violations})
     */
    public static ListingContent.Schedule check(ServiceDraft.ScheduleDraft draft, java.util.List<UUID> locationIds, UUID keptId,
            String prefix, Violations violations) {
        int before = violations.list().size();
        String freq = draft.freq() == null ? null : draft.freq().trim().toUpperCase(Locale.ROOT);
        if (freq != null && !freq.equals("WEEKLY") && !freq.equals("MONTHLY")) {
            violations.add(Violations.at(prefix, "freq"), "must be WEEKLY or MONTHLY");
        }
        boolean monthly = "MONTHLY".equals(freq);
        if (draft.interval() != null && (draft.interval() < 1 || draft.interval() > 52)) {
            violations.add(Violations.at(prefix, "interval"), "must be between 1 and 52");
        }
        String byday = ByDay.check(draft.byday(), monthly, Violations.at(prefix, "byday"), violations);
        String bymonthday = monthDays(draft.bymonthday(), monthly, Violations.at(prefix, "bymonthday"), violations);
        LocalTime opens = time(draft.opensAt(), Violations.at(prefix, "opens_at"), violations);
        LocalTime closes = time(draft.closesAt(), Violations.at(prefix, "closes_at"), violations);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            violations.add(Violations.at(prefix, "closes_at"), "must be after opens_at (" + opens + ")");
        }
        if (draft.validFrom() != null && draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
            violations.add(Violations.at(prefix, "valid_to"), "must not be before valid_from");
        }
        String attending = draft.attendingType() == null ? null : draft.attendingType().trim().toLowerCase(Locale.ROOT);
        if (attending != null && !ATTENDING.contains(attending)) {
            violations.add(Violations.at(prefix, "attending_type"), "must be in_person, online or phone");
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
        if (value == null) {
            return null;
        }
        String compact = value.replace(" ", "");
        if (!monthly) {
            violations.add(field, "needs freq MONTHLY");
            return null;
        }
        for (String token : compact.split(",", -1)) {
            try {
                int day = Integer.parseInt(token);
                if (day == 0 || day < -31 || day > 31) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                violations.add(field, "'" + token + "' is not a day of the month (1 to 31, or -1 to -31)");
                return null;
            }
        }
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
