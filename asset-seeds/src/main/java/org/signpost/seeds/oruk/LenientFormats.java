package org.signpost.seeds.oruk;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.signpost.seeds.model.WebFormats;

/**
 * Dates, times, web and email addresses as real feeds write them. Which problems reject a record and
 * which only drop the field is decided here and documented on each method.
 */
final class LenientFormats {

    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ].*)?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern BARE_WEB_ADDRESS = Pattern.compile(
            "(?i)(www\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}(:\\d{1,5})?([/?#]\\S*)?");

    private LenientFormats() {
    }

    /** A calendar date ({@code 2024-12-10}, or the date part of a date-time). Unreadable: reject or drop. */
    static LocalDate date(JsonValues v, String field, boolean rejectWhenUnreadable) {
        String raw = v.raw(field);
        if (raw == null) {
            return null;
        }
        Matcher m = DATE.matcher(raw);
        try {
            if (m.matches()) {
                return LocalDate.parse(m.group(1));
            }
        } catch (DateTimeException e) {
            // reported below
        }
        String detail = "'" + Truncation.cut(raw, 40) + "' is not a date (yyyy-mm-dd)";
        if (rejectWhenUnreadable) {
            v.problems().reject(v.path(field), detail);
        } else {
            v.problems().warn(v.path(field), detail + "; dropped");
        }
        return null;
    }

    /** A local time of day ({@code 10:00}, {@code 10:00:00}; an offset is ignored). Unreadable rejects. */
    static LocalTime time(JsonValues v, String field) {
        String raw = v.raw(field);
        if (raw == null) {
            return null;
        }
        Matcher m = TIME.matcher(raw);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (hour == 24 && minute == 0 && second == 0) {
                v.problems().warn(v.path(field), "'" + raw + "' read as 23:59");
                return LocalTime.of(23, 59);
            }
            if (hour < 24 && minute < 60 && second < 60) {
                return LocalTime.of(hour, minute, second);
            }
        }
        v.problems().reject(v.path(field), "'" + Truncation.cut(raw, 40) + "' is not a time of day (hh:mm)");
        return null;
    }

    /** A moment ({@code 2023-03-15T10:30:45Z}; no offset means UTC; a bare date means its start). Unreadable: dropped. */
    static Instant instant(JsonValues v, String field) {
        String raw = v.raw(field);
        if (raw == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(raw).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e2) {
                try {
                    return LocalDate.parse(raw).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeException e3) {
                    v.problems().warn(v.path(field), "'" + Truncation.cut(raw, 40) + "' is not a date-time; dropped");
                    return null;
                }
            }
        }
    }

    /**
     * An absolute http(s) URL. A bare web address ({@code www.example.org/page}) gets {@code https://} with a
     * warning; anything else is dropped with a warning (the listing is still sound without it).
     */
    static String url(JsonValues v, String field) {
        String raw = v.raw(field);
        if (raw == null || WebFormats.isHttpUrl(raw)) {
            return raw;
        }
        if (BARE_WEB_ADDRESS.matcher(raw).matches() && WebFormats.isHttpUrl("https://" + raw)) {
            String repaired = "https://" + raw;
            v.problems().warn(v.path(field), "'" + Truncation.cut(raw, 80) + "' has no scheme; read as '"
                    + Truncation.cut(repaired, 90) + "'");
            return repaired;
        }
        v.problems().warn(v.path(field), "'" + Truncation.cut(raw, 80) + "' is not an http(s) URL; dropped");
        return null;
    }

    /** An email address ({@code mailto:} and trailing punctuation are removed); anything else is dropped with a warning. */
    static String email(JsonValues v, String field) {
        String raw = v.raw(field);
        if (raw == null) {
            return null;
        }
        String address = raw.toLowerCase(Locale.ROOT).startsWith("mailto:") ? raw.substring(7).strip() : raw;
        if (WebFormats.isEmail(address)) {
            return address;
        }
        String trimmed = address.replaceAll("[.,;:]+$", "");
        if (WebFormats.isEmail(trimmed)) {
            v.problems().warn(v.path(field), "'" + Truncation.cut(raw, 80) + "' ends in punctuation; read as '" + trimmed + "'");
            return trimmed;
        }
        v.problems().warn(v.path(field), "'" + Truncation.cut(raw, 80) + "' is not an email address; dropped");
        return null;
    }
}
