package org.signpost.search.model;

import java.time.LocalDate;
import org.signpost.indexer.ServiceDocument;
import org.signpost.indexer.SessionSlots;

/**
 * One indexed session slot (see {@link SessionSlots}): a weekday, optionally the nth of the month
 * (-1 the last) or a week parity for fortnightly sessions, opening and closing minutes, and the
 * dates it is valid between.
 */
public record Slot(String day, Integer nth, Integer weekParity, int opens, int closes, LocalDate validFrom, LocalDate validTo) {

    /** The slot an indexed session holds. */
    public static Slot of(ServiceDocument.Session session) {
        return new Slot(session.day(), session.nth(), session.weekParity(), session.opens(), session.closes(), session.validFrom(),
                session.validTo());
    }

    /** Whether a session of this slot happens on {@code date} (at any time of day). */
    public boolean occursOn(LocalDate date) {
        if (!day.equals(ScheduleMoment.dayCode(date))) {
            return false;
        }
        if ((validFrom != null && date.isBefore(validFrom)) || (validTo != null && date.isAfter(validTo))) {
            return false;
        }
        if (nth != null && !(nth == SessionSlots.nthInMonth(date) || (nth == -1 && SessionSlots.lastInMonth(date)))) {
            return false;
        }
        return weekParity == null || weekParity == SessionSlots.weekParity(date);
    }

    /** Whether a session of this slot is running at that moment. */
    public boolean runningAt(ScheduleMoment moment) {
        return occursOn(moment.date()) && opens <= moment.minuteOfDay() && moment.minuteOfDay() < closes;
    }
}
