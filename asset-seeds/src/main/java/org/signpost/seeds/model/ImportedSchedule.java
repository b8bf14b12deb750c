package org.signpost.seeds.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * HSDS schedule in RRULE style.
 *
 * @param sourceId      its id in the source; null when the feed gives none
 * @param freq          WEEKLY or MONTHLY; null for a schedule described only in words
 * @param interval      every n weeks/months (2 = fortnightly), at least 1; null means 1
 * @param byday         RRULE BYDAY: "TU", "MO,WE", and for MONTHLY ordinals "2TU", "-1FR"
 * @param bymonthday    RRULE BYMONTHDAY: "1", "1,15", "-1"
 * @param opensAt       local opening time
 * @param closesAt      local closing time, after opensAt
 * @param validFrom     first day the schedule applies
 * @param validTo       last day the schedule applies
 * @param dtstart       the first occurrence (anchors fortnightly schedules)
 * @param description   the schedule in words, e.g. "2nd Tuesday of the month, 10am-12pm"
 * @param attendingType how people attend, e.g. in_person / online / phone (free text in HSDS)
 * @param notes         anything else
 */
public record ImportedSchedule(
        UUID sourceId,
        Frequency freq,
        Integer interval,
        String byday,
        String bymonthday,
        LocalTime opensAt,
        LocalTime closesAt,
        LocalDate validFrom,
        LocalDate validTo,
        LocalDate dtstart,
        String description,
        String attendingType,
        String notes) {
}
