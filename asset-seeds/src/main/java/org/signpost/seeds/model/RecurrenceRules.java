package org.signpost.seeds.model;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides whether RRULE-style BYDAY / BYMONTHDAY values are ones HSDS schedules can hold. */
public final class RecurrenceRules {

    private static final Set<String> DAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final Pattern DAY = Pattern.compile("([+-]?)(\\d{1,2})?([A-Z]{2})");

    private RecurrenceRules() {
    }

    /**
     * Why a BYDAY value is not allowed, or empty when it is: comma-separated two-letter days,
     * each with an optional ordinal (1..5 or -1..-5) that only a MONTHLY schedule may carry.
     */
    public static Optional<String> byDayProblem(String byday, Frequency freq) {
        if (byday == null) {
            return Optional.empty();
        }
        if (byday.isEmpty()) {
            return Optional.of("is empty");
        }
        for (String token : byday.split(",", -1)) {
            Matcher m = DAY.matcher(token);
            if (!m.matches() || !DAYS.contains(m.group(3))) {
                return Optional.of("'" + byday + "' has unknown day '" + token + "' (use MO, TU, WE, TH, FR, SA, SU, "
                        + "with an ordinal such as 2TU or -1FR for a monthly schedule)");
            }
            if (m.group(2) != null) {
                int ordinal = Integer.parseInt(m.group(2));
                if (ordinal < 1 || ordinal > 5) {
                    return Optional.of("'" + byday + "' has ordinal " + m.group(1) + ordinal + " outside 1..5");
                }
                if (freq != Frequency.MONTHLY) {
                    return Optional.of("'" + byday + "' has an ordinal day '" + token + "', which needs freq MONTHLY");
                }
            } else if (!m.group(1).isEmpty()) {
                return Optional.of("'" + byday + "' has a sign without an ordinal in '" + token + "'");
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
            if (!token.matches("[+-]?\\d{1,2}")) {
                return Optional.of("'" + bymonthday + "' has '" + token + "', not a day of the month");
            }
            int day = Math.abs(Integer.parseInt(token));
            if (day < 1 || day > 31) {
                return Optional.of("'" + bymonthday + "' has day " + token + " outside 1..31 (or -31..-1)");
            }
        }
        return Optional.empty();
    }
}
