package org.signpost.seeds.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.SplittableRandom;
import java.util.UUID;
import org.signpost.seeds.model.Frequency;
import org.signpost.seeds.model.ImportedSchedule;
import org.signpost.seeds.model.RecurrenceRules;

/**
 * Schedules as community groups run them: about half weekly on one day, a tenth on several days,
 * 15% fortnightly, 20% monthly on an ordinal day ("2nd Tuesday", "last Friday"), 5% with no fixed time.
 */
final class ScheduleFactory {

    private static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[][] SEVERAL_DAYS = {{"MO,WE", "Mondays and Wednesdays"}, {"TU,TH", "Tuesdays and Thursdays"},
        {"MO,WE,FR", "Mondays, Wednesdays and Fridays"}, {"MO,TU,WE,TH,FR", "Monday to Friday"},
        {"WE,FR", "Wednesdays and Fridays"}};
    private static final int[] ORDINALS = {1, 1, 2, 2, 2, 3, 3, 4, -1, -1};
    private static final String[] ORDINAL_WORDS = {"", "1st", "2nd", "3rd", "4th"};

    private ScheduleFactory() {
    }

    /** A schedule, or null for a service that runs by appointment. */
    static ImportedSchedule schedule(SplittableRandom r, UUID id, LocalDate reference, String attendingType) {
        int kind = r.nextInt(100);
        if (kind >= 95) {
            return null;
        }
        LocalTime opens = opensAt(r);
        int minutes = 60 + 30 * r.nextInt(opens.getHour() >= 17 ? 3 : 5);
        LocalTime closes = opens.plusMinutes(minutes);
        LocalDate validFrom = reference.minusDays(30 + r.nextInt(870));
        LocalDate validTo = r.nextInt(100) < 5 ? reference.plusDays(30 + r.nextInt(335)) : null;
        String times = ", " + Clock.words(opens) + "-" + Clock.words(closes);
        int day = weekday(r);
        String code = RecurrenceRules.DAY_CODES.get(day);
        if (kind < 50) {
            return new ImportedSchedule(id, Frequency.WEEKLY, 1, code, null, opens, closes, validFrom, validTo,
                    null, "Every " + DAY_NAMES[day] + times, attendingType, null);
        }
        if (kind < 60) {
            String[] days = SEVERAL_DAYS[r.nextInt(SEVERAL_DAYS.length)];
            return new ImportedSchedule(id, Frequency.WEEKLY, 1, days[0], null, opens, closes, validFrom, validTo,
                    null, days[1] + times, attendingType, null);
        }
        if (kind < 75) {
            LocalDate first = validFrom.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(day + 1)));
            return new ImportedSchedule(id, Frequency.WEEKLY, 2, code, null, opens, closes, validFrom, validTo,
                    first, "Every other " + DAY_NAMES[day] + times, attendingType, null);
        }
        int ordinal = ORDINALS[r.nextInt(ORDINALS.length)];
        String words = (ordinal < 0 ? "Last " : ORDINAL_WORDS[ordinal] + " ") + DAY_NAMES[day] + " of the month";
        return new ImportedSchedule(id, Frequency.MONTHLY, 1, ordinal + code, null, opens, closes, validFrom,
                validTo, null, words + times, attendingType, null);
    }

    /** Mornings most often, then afternoons, then evenings; on the half hour. */
    private static LocalTime opensAt(SplittableRandom r) {
        int band = r.nextInt(100);
        int firstSlot = band < 55 ? 18 : band < 85 ? 24 : 34;
        int slots = band < 55 ? 6 : band < 85 ? 8 : 6;
        int slot = firstSlot + r.nextInt(slots);
        return LocalTime.of(slot / 2, slot % 2 * 30);
    }

    /** Weekdays mostly: Monday to Friday 85%, Saturday 10%, Sunday 5%. */
    private static int weekday(SplittableRandom r) {
        int n = r.nextInt(100);
        return n < 85 ? n % 5 : n < 95 ? 5 : 6;
    }

    /** "10am", "1:30pm", "12pm". */
    static final class Clock {
        private Clock() {
        }

        static String words(LocalTime time) {
            int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
            String minutes = time.getMinute() == 0 ? "" : ":" + (time.getMinute() < 10 ? "0" : "") + time.getMinute();
            return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
        }
    }
}
