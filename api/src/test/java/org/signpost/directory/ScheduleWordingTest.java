package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.signpost.seeds.model.ScheduleWording;

/** Opening times in words, as a resident reads them on a phone ("Tuesdays 10am to 11:30am"). */
class ScheduleWordingTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);

    @Test
    void weeklySessionsNameTheDaysInThePlural() {
        assertThat(ScheduleWording.of("WEEKLY", 1, "TU", null, TEN, LocalTime.of(11, 30))).isEqualTo("Tuesdays 10am to 11:30am");
        assertThat(ScheduleWording.of("WEEKLY", 1, "WE,MO", null, TEN, LocalTime.of(12, 0))).isEqualTo("Mondays and Wednesdays 10am to midday");
        assertThat(ScheduleWording.of("WEEKLY", 1, "MO,TU,TH", null, LocalTime.of(13, 5), LocalTime.of(0, 0)))
                .isEqualTo("Mondays, Tuesdays and Thursdays 1:05pm to midnight");
        assertThat(ScheduleWording.of("WEEKLY", 1, "MO,TU,WE,TH,FR", null, LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .isEqualTo("Monday to Friday 9am to 5pm");
        assertThat(ScheduleWording.of("WEEKLY", null, "SA", null, null, null)).isEqualTo("Saturdays");
    }

    @Test
    void longerIntervalsSayHowOften() {
        assertThat(ScheduleWording.of("WEEKLY", 2, "WE", null, TEN, LocalTime.of(12, 0))).isEqualTo("Every other Wednesday 10am to midday");
        assertThat(ScheduleWording.of("WEEKLY", 3, "FR", null, TEN, null)).isEqualTo("Every 3 weeks on Friday from 10am");
    }

    @Test
    void monthlySessionsSayWhichWeek() {
        assertThat(ScheduleWording.of("MONTHLY", 1, "2TU", null, TEN, LocalTime.of(12, 0)))
                .isEqualTo("2nd Tuesday of the month 10am to midday");
        assertThat(ScheduleWording.of("MONTHLY", 1, "-1FR", null, LocalTime.of(19, 0), LocalTime.of(22, 0)))
                .isEqualTo("Last Friday of the month 7pm to 10pm");
        assertThat(ScheduleWording.of("MONTHLY", 1, "1TU,3TU", null, null, LocalTime.of(16, 0)))
                .isEqualTo("1st and 3rd Tuesday of the month until 4pm");
        assertThat(ScheduleWording.of("MONTHLY", 1, "1MO,3TH", null, null, null)).isEqualTo("1st Monday and 3rd Thursday of the month");
        assertThat(ScheduleWording.of("MONTHLY", 1, null, "15", TEN, null)).isEqualTo("15th of the month from 10am");
        assertThat(ScheduleWording.of("MONTHLY", 2, "1WE", null, null, null)).isEqualTo("1st Wednesday of every other month");
    }

    @Test
    void aScheduleWithoutADaySaysNothing() {
        assertThat(ScheduleWording.of("WEEKLY", 1, null, null, TEN, null)).isEmpty();
        assertThat(ScheduleWording.of(null, null, "", null, null, null)).isEmpty();
    }
}
