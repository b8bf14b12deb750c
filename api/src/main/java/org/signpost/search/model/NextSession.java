package org.signpost.search.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * When a listing's next session starts: the earliest slot occurrence that has not yet finished,
 * looking {@value #HORIZON_DAYS} days ahead (long enough for any monthly session). A session
 * running now counts, with its start today.
 */
public final class NextSession {

    public static final int HORIZON_DAYS = 35;

    private NextSession() {
    }

    public static Optional<LocalDateTime> after(List<Slot> slots, ScheduleMoment now) {
        for (int offset = 0; offset < HORIZON_DAYS; offset++) {
            LocalDate date = now.date().plusDays(offset);
            Integer earliest = null;
            for (Slot slot : slots) {
                boolean stillToCome = offset > 0 || slot.closes() > now.minuteOfDay();
                if (stillToCome && slot.occursOn(date) && (earliest == null || slot.opens() < earliest)) {
                    earliest = slot.opens();
                }
            }
            if (earliest != null) {
                return Optional.of(date.atStartOfDay().plusMinutes(earliest));
            }
        }
        return Optional.empty();
    }
}
