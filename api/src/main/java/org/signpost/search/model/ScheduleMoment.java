package org.signpost.search.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.signpost.seeds.model.RecurrenceRules;
import org.signpost.indexer.SessionSlots;

/**
 * A local date and minute of the day in the deployment's time zone, with what a schedule needs
 * to know about the date: its weekday, which one of the month it is, whether it is the last one,
 * and the parity of its week (for fortnightly sessions).
 */
public record ScheduleMoment(LocalDate date, int minuteOfDay) {

    public static ScheduleMoment of(LocalDateTime local) {
        return new ScheduleMoment(local.toLocalDate(), local.getHour() * 60 + local.getMinute());
    }

    public String dayCode() {
        return dayCode(date);
    }

    public static String dayCode(LocalDate date) {
        return RecurrenceRules.dayCode(date.getDayOfWeek());
    }

    public int nthInMonth() {
        return SessionSlots.nthInMonth(date);
    }

    public boolean lastInMonth() {
        return SessionSlots.lastInMonth(date);
    }

    public int weekParity() {
        return SessionSlots.weekParity(date);
    }
}
