package org.signpost.seeds.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.signpost.seeds.model.RecurrenceRules.WeekdayRule;

/** Schedules read and expanded the RFC 5545 way, and the shared codes and bounds the API also uses. */
class RecurrenceRulesTest {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private static List<LocalDate> dates(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    @Test
    void secondTuesdayAndLastFridayOfTheMonth() {
        assertEquals(dates("2026-11-10", "2026-11-27", "2026-12-08", "2026-12-25"),
                RecurrenceRules.dates(Frequency.MONTHLY, null, "2TU,-1FR", null, null, NOV_1, DEC_31));
    }

    @Test
    void everyOtherWednesdayCountsFromDtstart() {
        assertEquals(dates("2026-11-11", "2026-11-25", "2026-12-09", "2026-12-23"),
                RecurrenceRules.dates(Frequency.WEEKLY, 2, "WE", null, LocalDate.of(2026, 10, 28), NOV_1, DEC_31));
        assertEquals(dates("2026-11-04", "2026-11-18", "2026-12-02", "2026-12-16", "2026-12-30"),
                RecurrenceRules.dates(Frequency.WEEKLY, 2, "WE", null, LocalDate.of(2026, 11, 4), NOV_1, DEC_31));
    }

    @Test
    void aDtstartOffTheRuleIsNotAnOccurrence() {
        assertEquals(dates("2026-11-04", "2026-11-11"),
                RecurrenceRules.dates(Frequency.WEEKLY, null, "we", null, LocalDate.of(2026, 11, 2), NOV_1, LocalDate.of(2026, 11, 15)));
    }

    @Test
    void monthDaysCountOnlyInAMonthlyRule() {
        assertEquals(dates("2026-11-01", "2026-11-15", "2026-11-30", "2026-12-01", "2026-12-15", "2026-12-31"),
                RecurrenceRules.dates(Frequency.MONTHLY, null, null, "1,15,-1", null, NOV_1, DEC_31));
        assertEquals(dates("2026-11-05", "2026-11-06", "2026-11-12", "2026-11-13"),
                RecurrenceRules.dates(Frequency.WEEKLY, null, "TH,FR", "2,3,4", null, NOV_1, LocalDate.of(2026, 11, 14)),
                "HSDS's own example (WEEKLY with a BYMONTHDAY) reads as its weekdays");
        assertEquals(List.of(), RecurrenceRules.dates(null, null, "TU", null, null, NOV_1, DEC_31), "no frequency, no dates");
        assertThrows(IllegalArgumentException.class,
                () -> RecurrenceRules.dates(Frequency.WEEKLY, null, "2TU", null, null, NOV_1, DEC_31));
    }

    @Test
    void readsTheDaysOfAByDayList() {
        assertEquals(List.of(new WeekdayRule(2, DayOfWeek.TUESDAY), new WeekdayRule(-1, DayOfWeek.FRIDAY),
                new WeekdayRule(0, DayOfWeek.SUNDAY)), RecurrenceRules.byDay(" 2tu, -1FR,SU,XX"));
        assertEquals("SU", new WeekdayRule(0, DayOfWeek.SUNDAY).dayCode());
        assertEquals("MO,WE", RecurrenceRules.compact(" mo, we "));
    }

    @Test
    void monthDaysAreOneToThirtyOneEitherWay() {
        assertEquals(Optional.empty(), RecurrenceRules.byMonthDayProblem("1,15,-1,+31"));
        assertEquals(Optional.of("'0' has '0', not a day of the month (1 to 31, or -1 to -31)"), RecurrenceRules.byMonthDayProblem("0"));
        assertEquals(Optional.of("'1,,2' has '', not a day of the month (1 to 31, or -1 to -31)"),
                RecurrenceRules.byMonthDayProblem("1,,2"));
        assertEquals(Optional.of("'-32' has '-32', not a day of the month (1 to 31, or -1 to -31)"),
                RecurrenceRules.byMonthDayProblem("-32"));
    }

    @Test
    void codesForgiveCaseAndSpaces() {
        assertEquals(Optional.of(ServiceStatus.TEMPORARILY_CLOSED), ServiceStatus.fromCode(" Temporarily Closed "));
        assertEquals(Optional.of(DeliveryMode.IN_PERSON), DeliveryMode.fromCode("IN_PERSON"));
        assertEquals(Optional.of(ReferralRoute.LINK_WORKER_REFERRAL), ReferralRoute.fromCode("link_worker_referral\n"));
        assertEquals(Optional.of(Frequency.MONTHLY), Frequency.fromCode("monthly"));
        assertEquals(Optional.empty(), ServiceStatus.fromCode("temporarily_closed"));
        assertEquals(Optional.empty(), DeliveryMode.fromCode(null));
    }

    @Test
    void theUnitedKingdomBoxHoldsItsExtremePointsAndLittleSea() {
        GeoBounds uk = GeoBounds.UNITED_KINGDOM;
        assertTrue(uk.contains(60.861, -0.880), "Out Stack, Shetland");
        assertTrue(uk.contains(52.481, 1.763), "Lowestoft Ness");
        assertTrue(uk.contains(49.863, -6.446), "Western Rocks, Isles of Scilly");
        assertTrue(uk.contains(54.45, -8.177), "the west of County Fermanagh");
        assertFalse(uk.containsLatitude(60.95), "north of Shetland");
        assertFalse(uk.containsLongitude(1.85), "the North Sea off Lowestoft");
        assertFalse(uk.contains(49.19, -2.11), "Jersey is not in the United Kingdom");
        assertThrows(IllegalArgumentException.class, () -> new GeoBounds("nowhere", 10, 5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new GeoBounds("off the map", 0, 91, 0, 1));
    }
}
