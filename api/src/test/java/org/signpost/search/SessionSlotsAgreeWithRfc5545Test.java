package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.indexer.IndexedService.Schedule;
import org.signpost.indexer.SessionSlots;
import org.signpost.search.model.Slot;
import org.signpost.seeds.model.Frequency;
import org.signpost.seeds.model.RecurrenceRules;

/**
 * The flat slots the index filters on ("on now", next session) give the same dates as expanding the
 * schedule by RFC 5545 ({@link RecurrenceRules#dates}, lib-recur), for the shapes slots can hold: weekly
 * on several days, every other week from a start date, the nth or last weekday of the month, every
 * such weekday of the month, each with or without an end date.
 */
class SessionSlotsAgreeWithRfc5545Test {

    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    @Test
    void slotsAndTheRfc5545ExpansionGiveTheSameDates() {
        Random random = new Random(20261203);
        int withSessions = 0;
        for (int i = 0; i < 300; i++) {
            String day = DAYS[random.nextInt(7)];
            LocalDate start = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            LocalDate end = random.nextBoolean() ? null : start.plusDays(30 + random.nextInt(300));
            Schedule schedule = switch (random.nextInt(5)) {
                case 0 -> schedule("WEEKLY", 1, day + "," + DAYS[random.nextInt(7)], start, null, end);
                case 1 -> schedule("WEEKLY", 2, day, start, start, end);
                case 2 -> schedule("MONTHLY", 1, (1 + random.nextInt(5)) + day, start, null, end);
                case 3 -> schedule("MONTHLY", 1, "-1" + day + "," + (1 + random.nextInt(4)) + DAYS[random.nextInt(7)], start, null, end);
                default -> schedule("MONTHLY", 1, day, start, null, end);
            };
            LocalDate until = start.plusDays(400);
            List<LocalDate> bySlots = new ArrayList<>();
            List<Slot> slots = SessionSlots.of(List.of(schedule)).stream().map(Slot::of).toList();
            for (LocalDate d = start; !d.isAfter(until); d = d.plusDays(1)) {
                LocalDate date = d;
                if (slots.stream().anyMatch(s -> s.occursOn(date))) {
                    bySlots.add(date);
                }
            }
            List<LocalDate> expanded = RecurrenceRules.dates(Frequency.fromCode(schedule.freq()).orElseThrow(), schedule.interval(),
                    schedule.byday(), null, schedule.dtstart(), start, end == null ? until : end);

            assertThat(bySlots).as(schedule.freq() + " every " + schedule.interval() + " on " + schedule.byday() + " from " + start)
                    .isEqualTo(expanded);
            withSessions += bySlots.isEmpty() ? 0 : 1;
        }
        assertThat(withSessions).as("schedules that had any session to compare").isGreaterThan(280);
    }

    private static Schedule schedule(String freq, int interval, String byday, LocalDate validFrom, LocalDate dtstart, LocalDate validTo) {
        return new Schedule(UUID.randomUUID(), freq, interval, byday, null, dtstart, validFrom, validTo, LocalTime.of(10, 0),
                LocalTime.of(12, 0), null);
    }
}
