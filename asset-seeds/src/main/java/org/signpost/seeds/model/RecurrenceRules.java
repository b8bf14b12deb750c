package org.signpost.seeds.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * The one place RRULE-style schedule parts (FREQ, INTERVAL, BYDAY, BYMONTHDAY) are read, checked
 * and expanded, for the ORUK importer and the API alike. Parsing and expansion are lib-recur's
 * (an RFC 5545 implementation, {@code org.dmfs:lib-recur}); on top of RFC 5545 this class adds
 * what HSDS schedules may hold: a BYDAY ordinal only with FREQ=MONTHLY and only 1..5 or -1..-5
 * (a month has at most five of any weekday), and messages that say what is allowed.
 */
public final class RecurrenceRules {

    /** The RRULE weekday codes, Monday first (the order of {@link DayOfWeek}). */
    public static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private static final String ALLOWED_DAYS = "use MO, TU, WE, TH, FR, SA, SU, with an ordinal such as 2TU or -1FR"
            + " for a monthly schedule";
    private static final int MAX_OCCURRENCES = 10_000;

    private RecurrenceRules() {
    }

    /**
     * One BYDAY entry.
     *
     * @param ordinal which one of the month (1..5, -1 the last); 0 for every such weekday
     * @param day     the weekday
     */
    public record WeekdayRule(int ordinal, DayOfWeek day) {

        /** The weekday's RRULE code, e.g. {@code TU}. */
        public String dayCode() {
            return RecurrenceRules.dayCode(day);
        }
    }

    /** The RRULE code of a weekday, e.g. {@code MO}. */
    public static String dayCode(DayOfWeek day) {
        return DAY_CODES.get(day.getValue() - 1);
    }

    /** A BYDAY or BYMONTHDAY value as stored: spaces removed and upper case ({@code "mo, we"} is {@code MO,WE}); null stays null. */
    public static String compact(String value) {
        return value == null ? null : value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Why a BYDAY value is not allowed, or empty when it is: comma-separated two-letter days (RFC
     * 5545 weekdaynum, upper case as {@link #compact} leaves it), each with an optional ordinal
     * (1..5 or -1..-5) that only a MONTHLY schedule may carry.
     */
    public static Optional<String> byDayProblem(String byday, Frequency freq) {
        if (byday == null) {
            return Optional.empty();
        }
        if (byday.isEmpty()) {
            return Optional.of("is empty (name at least one day: MO, TU, WE, TH, FR, SA or SU)");
        }
        for (String token : byday.split(",", -1)) {
            RecurrenceRule.WeekdayNum day;
            try {
                day = RecurrenceRule.WeekdayNum.valueOf(token);
            } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
                return Optional.of("'" + byday + "' has unknown day '" + token + "' (" + ALLOWED_DAYS + ")");
            }
            if (day.pos != 0) {
                if (Math.abs(day.pos) > 5) {
                    return Optional.of("'" + byday + "' has ordinal " + day.pos + " in '" + token
                            + "', outside 1..5 (or -1..-5, counted from the end of the month)");
                }
                if (freq != Frequency.MONTHLY) {
                    return Optional.of("'" + byday + "' has an ordinal day '" + token + "', which needs freq MONTHLY");
                }
            }
        }
        return Optional.empty();
    }

    /** Why a BYMONTHDAY value is not allowed, or empty when it is: comma-separated 1..31 or -31..-1. */
    public static Optional<String> byMonthDayProblem(String bymonthday) {
        if (bymonthday == null) {
            return Optional.empty();
        }
        for (String token : bymonthday.split(",", -1)) {
            try {
                new RecurrenceRule("FREQ=MONTHLY;BYMONTHDAY=" + token, RecurrenceRule.RfcMode.RFC5545_STRICT);
            } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
                return Optional.of("'" + bymonthday + "' has '" + token + "', not a day of the month (1 to 31, or -1 to -31)");
            }
        }
        return Optional.empty();
    }

    /**
     * The days a checked BYDAY value names, in its order; entries that are not days are skipped
     * (stored values were checked by {@link #byDayProblem} on the way in).
     */
    public static List<WeekdayRule> byDay(String byday) {
        List<WeekdayRule> days = new ArrayList<>();
        if (byday == null) {
            return days;
        }
        for (String token : compact(byday).split(",")) {
            try {
                RecurrenceRule.WeekdayNum day = RecurrenceRule.WeekdayNum.valueOf(token);
                days.add(new WeekdayRule(day.pos, DayOfWeek.of(DAY_CODES.indexOf(day.weekday.name()) + 1)));
            } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
                // not a day: skipped
            }
        }
        return days;
    }

    /**
     * The dates from {@code from} to {@code until} (inclusive) on which a schedule has a session,
     * by RFC 5545 expansion. The rule starts at {@code dtstart}, or at {@code from} when there is
     * none (then "every other week" counts from {@code from}). BYMONTHDAY counts only with
     * MONTHLY (RFC 5545 does not allow it in a WEEKLY rule; HSDS's own example has one). A
     * schedule without a frequency, or with neither BYDAY nor BYMONTHDAY for a monthly one, has no
     * dates that can be worked out: empty.
     */
    public static List<LocalDate> dates(Frequency freq, Integer interval, String byday, String bymonthday, LocalDate dtstart,
            LocalDate from, LocalDate until) {
        String days = compact(byday);
        String monthDays = freq == Frequency.MONTHLY ? compact(bymonthday) : null;
        boolean noDays = days == null || days.isEmpty();
        if (freq == null || (freq == Frequency.MONTHLY && noDays && (monthDays == null || monthDays.isEmpty()))) {
            return List.of();
        }
        if (byDayProblem(days, freq).isPresent() || byMonthDayProblem(monthDays).isPresent()) {
            throw new IllegalArgumentException("not a schedule HSDS can hold: BYDAY " + byday + ", BYMONTHDAY " + bymonthday);
        }
        StringBuilder rule = new StringBuilder("FREQ=").append(freq.code());
        if (interval != null && interval > 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (!noDays) {
            rule.append(";BYDAY=").append(days);
        }
        if (monthDays != null && !monthDays.isEmpty()) {
            rule.append(";BYMONTHDAY=").append(monthDays);
        }
        LocalDate start = dtstart == null ? from : dtstart;
        if (noDays && monthDays == null) {
            // WEEKLY with no day: RFC 5545 takes DTSTART's weekday
            rule.append(";BYDAY=").append(dayCode(start.getDayOfWeek()));
        }
        RecurrenceRuleIterator it;
        try {
            it = new RecurrenceRule(rule.toString(), RecurrenceRule.RfcMode.RFC5545_STRICT).iterator(allDay(start));
        } catch (InvalidRecurrenceRuleException e) {
            throw new IllegalArgumentException(rule + ": " + e.getMessage(), e);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int n = 0; n < MAX_OCCURRENCES && it.hasNext(); n++) {
            DateTime next = it.nextDateTime();
            LocalDate date = LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth());
            if (date.isAfter(until)) {
                break;
            }
            if (!date.isBefore(from)) {
                dates.add(date);
            }
        }
        return dates;
    }

    private static DateTime allDay(LocalDate date) {
        return new DateTime(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    }
}
