package org.signpost.directory.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.signpost.platform.errors.Violations;

/**
 * The RRULE BYDAY list: comma-separated weekdays (MO..SU). With MONTHLY a day may carry an
 * ordinal: {@code 2TU} is the second Tuesday, {@code -1FR} the last Friday (1 to 5, or -1 to -5).
 */
public final class ByDay {

    private static final Pattern TOKEN = Pattern.compile("^([+-]?[1-5])?([A-Z]{2})$");
    private static final Set<String> DAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private ByDay() {
    }

    /** The list as stored (upper case, no spaces), or null when it has an unknown day; faults go to {@code field}. */
    public static String check(String value, boolean monthly, String field, Violations violations) {
        if (value == null) {
            return null;
        }
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.isEmpty()) {
            violations.add(field, "must name at least one day (MO, TU, WE, TH, FR, SA, SU)");
            return null;
        }
        for (String token : compact.split(",", -1)) {
            Matcher m = TOKEN.matcher(token);
            if (!m.matches() || !DAYS.contains(m.group(2))) {
                violations.add(field, "unknown day '" + token + "': use MO, TU, WE, TH, FR, SA or SU"
                        + (monthly ? ", optionally with an ordinal such as 2TU or -1FR" : ""));
                return null;
            }
            if (m.group(1) != null && !monthly) {
                violations.add(field, "'" + token + "' has an ordinal, which needs freq MONTHLY");
                return null;
            }
        }
        return compact;
    }
}
