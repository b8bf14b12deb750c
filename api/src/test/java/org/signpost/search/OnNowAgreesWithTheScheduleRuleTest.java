package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.SearchQuery.serviceIds;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SearchApi;
import org.signpost.indexer.SessionSlots;
import org.signpost.search.model.ScheduleMoment;
import org.signpost.search.model.Slot;
import org.signpost.testing.MutableClock;
import org.signpost.testing.Places;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SearchQuery;

/**
 * The index's "on now" query and the Java schedule rule ({@link Slot#runningAt}) agree, for many
 * random schedules (weekly, fortnightly, nth and last weekday of the month, ended) at many random
 * moments: the script-free query is the rule, not an approximation of it.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
@Property(name = "signpost.test.mutable-clock", value = "true")
class OnNowAgreesWithTheScheduleRuleTest {

    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    @Inject
    SearchApi api;

    @Inject
    SearchListings listings;

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void randomSchedulesAtRandomMoments() {
        Random random = new Random(20261123);
        Places here = Places.fresh();
        clock.set("2026-11-01T08:00", "Europe/London");
        Map<String, List<Slot>> slotsByService = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            var listing = listings.listing("Schedule " + i).at(here.latAt(i * 10.0), here.lon());
            String day = DAYS[random.nextInt(7)];
            int opens = 8 * 60 + random.nextInt(10) * 60;
            int closes = opens + 60 * (1 + random.nextInt(3));
            String from = time(opens);
            String to = time(closes);
            Slot slot;
            switch (random.nextInt(5)) {
                case 0 -> {
                    listing.weekly(day, from, to);
                    slot = new Slot(day, null, null, opens, closes, null, null);
                }
                case 1 -> {
                    LocalDate start = LocalDate.of(2026, 11, 2).plusDays(random.nextInt(14));
                    while (!ScheduleMoment.dayCode(start).equals(day)) {
                        start = start.plusDays(1);
                    }
                    listing.fortnightly(day, start, from, to);
                    slot = new Slot(day, null, SessionSlots.weekParity(start), opens, closes, null, null);
                }
                case 2 -> {
                    int nth = 1 + random.nextInt(4);
                    listing.monthly(nth + day, from, to);
                    slot = new Slot(day, nth, null, opens, closes, null, null);
                }
                case 3 -> {
                    listing.monthly("-1" + day, from, to);
                    slot = new Slot(day, -1, null, opens, closes, null, null);
                }
                default -> {
                    LocalDate end = LocalDate.of(2026, 11, 1).plusDays(random.nextInt(40));
                    listing.weeklyUntil(day, from, to, end);
                    slot = new Slot(day, null, null, opens, closes, null, end);
                }
            }
            slotsByService.put(listing.save().toString(), List.of(slot));
        }
        listings.index();

        for (int m = 0; m < 40; m++) {
            LocalDateTime moment = LocalDateTime.of(2026, 11, 1, 8, 0).plusDays(random.nextInt(60))
                    .plusMinutes(30L * random.nextInt(24));
            clock.set(moment.toString(), "Europe/London");
            List<String> expected = new ArrayList<>();
            slotsByService.forEach((service, slots) -> {
                if (slots.stream().anyMatch(s -> s.runningAt(ScheduleMoment.of(moment)))) {
                    expected.add(service);
                }
            });
            SearchQuery query = new SearchQuery(api).around(here.lat(), here.lon(), 2_000).limit(50);
            query.onNow = true;
            assertThat(serviceIds(query.resident())).as("on now at " + moment).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static String time(int minutes) {
        return LocalTime.of(minutes / 60, minutes % 60).toString();
    }
}
