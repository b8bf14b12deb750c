package org.signpost.seeds.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.signpost.seeds.oruk.FeedFixtures.read;
import static org.signpost.seeds.oruk.FeedFixtures.soundRecord;
import static org.signpost.seeds.oruk.FeedFixtures.with;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each unsound value rejects its record with a reason naming the field; the rest of the feed still imports. */
class OrukFeedReaderRejectionsTest {

    private static final String ID = "f2ce94c0-de49-4ac5-bd6f-5a915bfe8ca2";
    private static final String SAL = "/service_at_locations/0";
    private static final String SCHEDULE = SAL + "/schedules/0";
    private static final String SCHED = "service_at_locations[0].schedules[0].";
    private static final String LOC = "service_at_locations[0].location.";

    static Stream<Arguments> unsound() {
        return Stream.of(
                Arguments.of("/name", "", "name: is required"),
                Arguments.of("/name", "<p><br></p>", "name: is required"),
                Arguments.of("/name", null, "name: is required"),
                Arguments.of("/status", "open", "status: 'open' is not one of active, inactive, defunct, temporarily closed"),
                Arguments.of("/status", null, "status: is required"),
                Arguments.of("/cost_options/0/amount", -1, "cost_options[0].amount: -1 is negative"),
                Arguments.of("/cost_options/0/amount", "two pounds", "cost_options[0].amount: 'two pounds' is not a number"),
                Arguments.of("/minimum_age", 100, "minimum_age: minimum_age 100 is greater than maximum_age 99"),
                Arguments.of("/minimum_age", -1, "minimum_age: -1 is outside 0..150"),
                Arguments.of("/minimum_age", "ten", "minimum_age: 'ten' is not a whole number"),
                Arguments.of("/minimum_age", 12.5, "minimum_age: '12.5' is not a whole number"),
                Arguments.of(SCHEDULE + "/closes_at", "09:30", SCHED + "closes_at: 09:30 is before opens_at 10:00"),
                Arguments.of(SCHEDULE + "/closes_at", "10:00", SCHED + "closes_at: 10:00 is the same as opens_at 10:00"),
                Arguments.of(SCHEDULE + "/opens_at", "25:00", SCHED + "opens_at: '25:00' is not a time of day (hh:mm)"),
                Arguments.of(SCHEDULE + "/byday", "2XX", SCHED + "byday: '2XX' has unknown day '2XX' (use MO, TU, WE, TH, "
                        + "FR, SA, SU, with an ordinal such as 2TU or -1FR for a monthly schedule)"),
                Arguments.of(SCHEDULE + "/byday", "TUESDAY", SCHED + "byday: 'TUESDAY' has unknown day 'TUESDAY' (use MO, "
                        + "TU, WE, TH, FR, SA, SU, with an ordinal such as 2TU or -1FR for a monthly schedule)"),
                Arguments.of(SCHEDULE + "/byday", "6TU", SCHED + "byday: '6TU' has ordinal 6 in '6TU', outside 1..5 (or -1..-5, counted from the end of the month)"),
                Arguments.of(SCHEDULE + "/freq", "WEEKLY", SCHED + "byday: '2TU' has an ordinal day '2TU', which needs freq MONTHLY"),
                Arguments.of(SCHEDULE + "/freq", "DAILY", SCHED + "freq: 'DAILY' is not one of WEEKLY, MONTHLY; "
                        + SCHED + "byday: '2TU' has an ordinal day '2TU', which needs freq MONTHLY"),
                Arguments.of(SCHEDULE + "/interval", 0, SCHED + "interval: 0 is outside 1..52"),
                Arguments.of(SCHEDULE + "/bymonthday", "32", SCHED + "bymonthday: '32' has '32', not a day of the month (1 to 31, or -1 to -31)"),
                Arguments.of(SCHEDULE + "/valid_to", "2024-12-31", SCHED + "valid_to: 2024-12-31 is before valid_from 2025-01-01"),
                Arguments.of(SCHEDULE + "/valid_from", "first of May", SCHED + "valid_from: 'first of May' is not a date (yyyy-mm-dd)"),
                Arguments.of(SAL + "/location/latitude", 91, LOC + "latitude: 91.0 is outside -90..90"),
                Arguments.of(SAL + "/location/longitude", -180.5, LOC + "longitude: -180.5 is outside -180..180"),
                Arguments.of(SAL + "/location/latitude", "north", LOC + "latitude: 'north' is not a number"),
                Arguments.of(SAL + "/location/longitude", null, LOC + "longitude: is missing while latitude is given; give both or neither"),
                Arguments.of("/x_referral_route", "gp", "x_referral_route: 'gp' is not one of self_referral, link_worker_referral, both"),
                Arguments.of("/x_delivery_modes/0", "pigeon", "x_delivery_modes[0]: 'pigeon' is not one of in_person, online, phone"),
                Arguments.of("/x_capacity/available", 21, "x_capacity.available: 21 is more than maximum 20"),
                Arguments.of("/x_capacity/available", -1, "x_capacity.available: -1 is negative"),
                Arguments.of("/languages/0/id", "lang-1", "languages[0].id: 'lang-1' is not a UUID"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("unsound")
    void rejectsTheRecordNamingTheField(String pointer, Object value, String reason) {
        ObjectNode sound = with(soundRecord(), "/id", "0549f73c-32b4-4286-8b0a-748a1b4ccc83");
        FeedResult result = read(with(soundRecord(), pointer, value), sound);

        assertEquals(new FeedSummary(2, 1, 1, 0), result.summary());
        assertEquals("record " + ID + ": " + reason, result.rejections().get(0).message());
    }

    @Test
    void aServiceAtLocationNeedsItsLocationOrAtLeastItsId() {
        FeedResult byIdOnly = read(with(soundRecord(), SAL + "/location", null));
        assertEquals(1, byIdOnly.accepted().size());
        assertEquals("7fb62955-7c47-4fa3-9537-a09c2f15315c",
                byIdOnly.accepted().get(0).locations().get(0).location().sourceId().toString());

        FeedResult neither = read(with(with(soundRecord(), SAL + "/location", null), SAL + "/location_id", null));
        assertEquals("record " + ID + ": service_at_locations[0].location: is required (neither location nor "
                + "location_id given)", neither.rejections().get(0).message());
    }

    @Test
    void recordsWithoutAUsableIdAreNamedByPosition() {
        FeedResult result = read(with(soundRecord(), "/id", null), with(soundRecord(), "/id", "svc-42"));

        assertEquals(List.of("record #1: id: is required", "record svc-42: id: 'svc-42' is not a UUID"),
                result.rejections().stream().map(Rejection::message).toList());
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        ObjectNode record = with(with(with(soundRecord(), "/name", " "), "/minimum_age", 120), SCHEDULE + "/byday", "XX");

        assertEquals("record " + ID + ": name: is required; minimum_age: minimum_age 120 is greater than maximum_age 99; "
                + SCHED + "byday: 'XX' has unknown day 'XX' (use MO, TU, WE, TH, FR, SA, SU, with an ordinal such as "
                + "2TU or -1FR for a monthly schedule)", read(record).rejections().get(0).message());
    }

    @Test
    void everyRepeatOfAnIdIsRejectedAndTheFirstIsKept() {
        ObjectNode other = with(soundRecord(), "/id", "0549f73c-32b4-4286-8b0a-748a1b4ccc83");
        FeedResult result = read(soundRecord(), other, with(soundRecord(), "/name", "Second copy"),
                with(soundRecord(), "/name", "Third copy"));

        assertEquals(new FeedSummary(4, 2, 2, 0), result.summary());
        assertEquals("Riverside Memory Café", result.accepted().get(0).name());
        assertEquals(List.of("record " + ID + ": id: duplicate id, first seen at record #1",
                        "record " + ID + ": id: duplicate id, first seen at record #1"),
                result.rejections().stream().map(Rejection::message).toList());
        assertEquals(List.of(3, 4), result.rejections().stream().map(Rejection::position).toList());
    }
}
