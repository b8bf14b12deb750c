package org.signpost.indexer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.signpost.indexer.IndexedService.Schedule;
import org.signpost.seeds.model.RecurrenceRules;

/**
 * Turns RRULE-style schedules into the flat weekly slots the index filters on ("on now", day and
 * time window): one slot per day a schedule names, with the week-of-month for monthly rules
 * ("2TU" is nth 2, "-1FR" the last Friday) and the week parity for fortnightly ones. BYDAY is
 * read by {@link RecurrenceRules}, the one reader the importer and the listing rules use; a
 * weekly interval above 2, or a monthly interval above 1, has no slot field yet and is indexed
 * as if every week / every month.
 */
public final class SessionSlots {

    private static final LocalDate EPOCH_MONDAY = LocalDate.of(1970, 1, 5);

    private SessionSlots() {
    }

    public static List<ServiceDocument.Session> of(List<Schedule> schedules) {
        List<ServiceDocument.Session> slots = new ArrayList<>();
        for (Schedule schedule : schedules) {
            if (schedule.byday() == null || schedule.byday().isBlank()) {
                continue;
            }
            int interval = schedule.interval() == null || schedule.interval() < 1 ? 1 : schedule.interval();
            for (RecurrenceRules.WeekdayRule day : RecurrenceRules.byDay(schedule.byday())) {
                boolean monthly = "MONTHLY".equalsIgnoreCase(schedule.freq());
                Integer nth = monthly && day.ordinal() != 0 ? day.ordinal() : null;
                Integer weekParity = null;
                if (!monthly && interval == 2) {
                    LocalDate anchor = schedule.dtstart() != null ? schedule.dtstart() : schedule.validFrom();
                    if (anchor != null) {
                        weekParity = weekParity(anchor);
                    }
                }
                slots.add(new ServiceDocument.Session(day.dayCode(), nth, interval, weekParity, minutes(schedule.opensAt(), 0),
                        minutes(schedule.closesAt(), 24 * 60), schedule.validFrom(), schedule.validTo()));
            }
        }
        return slots;
    }

    /** Weeks since a fixed Monday, modulo 2: fortnightly sessions run on weeks of one parity. */
    public static int weekParity(LocalDate date) {
        LocalDate monday = date.with(DayOfWeek.MONDAY);
        long weeks = java.time.temporal.ChronoUnit.WEEKS.between(EPOCH_MONDAY, monday);
        return (int) Math.floorMod(weeks, 2L);
    }

    /** Which nth weekday of its month a date is (1-5). */
    public static int nthInMonth(LocalDate date) {
        return (date.getDayOfMonth() - 1) / 7 + 1;
    }

    /** True when no later date in the month falls on the same weekday ("-1": the last one). */
    public static boolean lastInMonth(LocalDate date) {
        return date.getDayOfMonth() + 7 > date.lengthOfMonth();
    }

    private static int minutes(LocalTime time, int fallback) {
        return time == null ? fallback : time.getHour() * 60 + time.getMinute();
    }
}
