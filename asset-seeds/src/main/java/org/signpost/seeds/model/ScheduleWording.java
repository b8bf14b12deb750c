package org.signpost.seeds.model;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.signpost.seeds.model.RecurrenceRules;

/**
 * A structured (RRULE-style) session in plain English, the way the NHS and GOV.UK style guides
 * write opening times: "Tuesdays 10am to 11:30am", "Every other Wednesday 10am to midday",
 * "2nd Tuesday of the month 1pm to 3pm", "Last Friday of the month 7pm to 10pm", "15th of the
 * month". Empty when the schedule names no day (nothing honest can be said from it). The days
 * are read by {@link RecurrenceRules}, as the rules that checked them read them.
 */
public final class ScheduleWording {

    private static final Map<String, String> DAYS = Map.of("MO", "Monday", "TU", "Tuesday", "WE", "Wednesday", "TH", "Thursday",
            "FR", "Friday", "SA", "Saturday", "SU", "Sunday");
    private static final List<String> ORDER = RecurrenceRules.DAY_CODES;

    private ScheduleWording() {
    }

    /**
     * What a person reads of a schedule: the group's own description when it wrote one, else
     * {@link #of}; null when neither says anything.
     */
    public static String inWords(String description, String freq, Integer interval, String byday, String bymonthday,
            LocalTime opensAt, LocalTime closesAt) {
        if (description != null && !description.isBlank()) {
            return description.trim();
        }
        String words = of(freq, interval, byday, bymonthday, opensAt, closesAt);
        return words.isEmpty() ? null : words;
    }

    /** The words for one session, or empty. */
    public static String of(String freq, Integer interval, String byday, String bymonthday, LocalTime opensAt, LocalTime closesAt) {
        boolean monthly = "MONTHLY".equalsIgnoreCase(freq);
        int every = interval == null || interval < 1 ? 1 : interval;
        String days = monthly ? monthlyDays(byday, bymonthday, every) : weeklyDays(byday, every);
        if (days.isEmpty()) {
            return "";
        }
        String times = times(opensAt, closesAt);
        return times.isEmpty() ? days : days + " " + times;
    }

    private static String weeklyDays(String byday, int every) {
        List<String> names = new ArrayList<>();
        for (RecurrenceRules.WeekdayRule day : RecurrenceRules.byDay(byday)) {
            if (!names.contains(day.dayCode())) {
                names.add(day.dayCode());
            }
        }
        if (names.isEmpty()) {
            return "";
        }
        names.sort((a, b) -> ORDER.indexOf(a) - ORDER.indexOf(b));
        if (every == 1) {
            if (names.equals(ORDER.subList(0, 5))) {
                return "Monday to Friday";
            }
            if (names.equals(ORDER)) {
                return "Every day";
            }
            return join(names.stream().map(d -> DAYS.get(d) + "s").toList());
        }
        String list = join(names.stream().map(DAYS::get).toList());
        return every == 2 ? "Every other " + list : "Every " + every + " weeks on " + list;
    }

    private static String monthlyDays(String byday, String bymonthday, int every) {
        String month = every == 1 ? "of the month" : every == 2 ? "of every other month" : "of every " + every + " months";
        List<String> parts = new ArrayList<>();
        String lastDay = null;
        List<String> ordinals = new ArrayList<>();
        for (RecurrenceRules.WeekdayRule rule : RecurrenceRules.byDay(byday)) {
            String day = DAYS.get(rule.dayCode());
            if (lastDay != null && !lastDay.equals(day)) {
                parts.add(capitalise(join(ordinals)) + " " + lastDay);
                ordinals = new ArrayList<>();
            }
            lastDay = day;
            ordinals.add(rule.ordinal() == 0 ? "every" : ordinal(rule.ordinal()));
        }
        if (lastDay != null) {
            parts.add(capitalise(join(ordinals)) + " " + lastDay);
        }
        if (parts.isEmpty()) {
            for (String token : tokens(bymonthday)) {
                if (token.matches("-?\\d{1,2}")) {
                    int day = Integer.parseInt(token);
                    parts.add(day == -1 ? "Last day" : day > 0 ? ordinal(day) : ordinal(-day) + " to last day");
                }
            }
            if (parts.isEmpty()) {
                return "";
            }
            return capitalise(join(parts)) + " " + month;
        }
        return join(parts) + " " + month;
    }

    /** "10am to 11:30am", "from 10am", "until 4pm", or empty when neither time is known. */
    static String times(LocalTime opens, LocalTime closes) {
        if (opens != null && closes != null) {
            return clock(opens) + " to " + clock(closes);
        }
        if (opens != null) {
            return "from " + clock(opens);
        }
        return closes == null ? "" : "until " + clock(closes);
    }

    /** 10am, 11:30am, midday, midnight, 1:05pm. */
    static String clock(LocalTime t) {
        if (t.getHour() == 12 && t.getMinute() == 0) {
            return "midday";
        }
        if (t.getHour() == 0 && t.getMinute() == 0) {
            return "midnight";
        }
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        String minutes = t.getMinute() == 0 ? "" : String.format(Locale.ROOT, ":%02d", t.getMinute());
        return hour + minutes + (t.getHour() < 12 ? "am" : "pm");
    }

    static String ordinal(int n) {
        if (n == -1) {
            return "last";
        }
        if (n < 0) {
            return ordinal(-n) + " to last";
        }
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static List<String> tokens(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return List.of(list.replace(" ", "").toUpperCase(Locale.ROOT).split(","));
    }

    private static String join(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
