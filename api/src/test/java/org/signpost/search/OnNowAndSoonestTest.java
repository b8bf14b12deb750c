package org.signpost.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.SearchQuery.serviceIds;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SearchApi;
import org.signpost.contract.model.SearchResults;
import org.signpost.contract.model.SearchSort;
import org.signpost.contract.model.ServiceHit;
import org.signpost.contract.model.Weekday;
import org.signpost.testing.MutableClock;
import org.signpost.testing.Places;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SearchQuery;

/**
 * "What's on now?" and "what's on soonest?" in Europe/London, with the clock pinned: weekly,
 * fortnightly, 2nd-Tuesday and last-Friday sessions, and schedules that have ended.
 * December 2026: Tuesday 1st, Wednesday 2nd (a fortnightly group's first date), Tuesday 8th (the
 * 2nd Tuesday), Friday 25th (the last Friday).
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
@Property(name = "signpost.test.mutable-clock", value = "true")
class OnNowAndSoonestTest {

    private static final String LONDON = "Europe/London";

    @Inject
    SearchApi api;

    @Inject
    SearchListings listings;

    @Inject
    MutableClock clock;

    Places here;
    String tuesdayCoffee;
    String fortnightlyCraft;
    String secondTuesdayMemoryCafe;
    String lastFridayDisco;
    String endedChoir;
    String noSchedule;

    @BeforeEach
    void aTownWithSessions() {
        clock.set("2026-11-30T09:00", LONDON);
        here = Places.fresh();
        tuesdayCoffee = listings.listing("Tuesday coffee morning").at(here.lat(), here.lon())
                .weekly("TU", "10:00", "12:00").save().toString();
        fortnightlyCraft = listings.listing("Fortnightly craft club").at(here.latAt(100), here.lon())
                .fortnightly("WE", LocalDate.of(2026, 12, 2), "10:00", "12:00").save().toString();
        secondTuesdayMemoryCafe = listings.listing("Memory cafe").at(here.latAt(200), here.lon())
                .monthly("2TU", "13:00", "15:00").save().toString();
        lastFridayDisco = listings.listing("Friday disco").at(here.latAt(300), here.lon())
                .monthly("-1FR", "19:00", "22:00").save().toString();
        endedChoir = listings.listing("Tuesday choir").at(here.latAt(400), here.lon())
                .weeklyUntil("TU", "10:00", "12:00", LocalDate.of(2026, 11, 30)).save().toString();
        noSchedule = listings.listing("Ring any time").at(here.latAt(500), here.lon()).save().toString();
        listings.index();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aWeeklySessionIsOnNowOnlyWhileItRuns() {
        assertThat(onNowAt("2026-12-01T10:30")).containsExactly(tuesdayCoffee);
        assertThat(onNowAt("2026-12-01T12:00")).isEmpty();
        assertThat(onNowAt("2026-12-02T10:30")).containsExactly(fortnightlyCraft);
    }

    @Test
    void aFortnightlySessionIsOnEveryOtherWeek() {
        assertThat(onNowAt("2026-12-02T11:00")).containsExactly(fortnightlyCraft);
        assertThat(onNowAt("2026-12-09T11:00")).isEmpty();
        assertThat(onNowAt("2026-12-16T11:00")).containsExactly(fortnightlyCraft);
    }

    @Test
    void aSecondTuesdaySessionIsOnOnlyThen() {
        assertThat(onNowAt("2026-12-01T13:30")).isEmpty();
        assertThat(onNowAt("2026-12-08T13:30")).containsExactly(secondTuesdayMemoryCafe);
        assertThat(onNowAt("2026-12-15T13:30")).isEmpty();
    }

    @Test
    void aLastFridaySessionIsOnOnlyThen() {
        assertThat(onNowAt("2026-12-18T20:00")).isEmpty();
        assertThat(onNowAt("2026-12-25T20:00")).containsExactly(lastFridayDisco);
    }

    @Test
    void onNowIsReckonedInTheDeploymentsTimeZone() {
        // 10:30 in London in June is 09:30 UTC: British Summer Time
        assertThat(onNowAt("2026-06-09T10:30")).contains(tuesdayCoffee);
        assertThat(onNowAt("2026-06-09T13:30")).containsExactly(secondTuesdayMemoryCafe);
    }

    @Test
    void aDayAndTimeWindowFindsSessionsOverlappingIt() {
        // the choir's schedule ended on 30 November
        clock.set("2026-12-01T09:00", LONDON);
        SearchQuery query = near();
        query.day = Weekday.TU;
        query.startTime = "11:30";
        query.endTime = "13:00";
        assertThat(serviceIds(query.resident())).containsExactly(tuesdayCoffee);

        query.endTime = "14:00";
        assertThat(serviceIds(query.resident())).containsExactlyInAnyOrder(tuesdayCoffee, secondTuesdayMemoryCafe);
    }

    @Test
    void soonestPutsTheNextSessionFirstAndSaysWhenItIs() {
        clock.set("2026-12-07T09:00", LONDON);
        SearchResults results = near().sort(SearchSort.SOONEST).resident();

        assertThat(serviceIds(results)).containsExactly(tuesdayCoffee, secondTuesdayMemoryCafe, fortnightlyCraft, lastFridayDisco,
                // no session ahead: last, in a stable order
                results.getResults().get(4).getServiceId().toString(), results.getResults().get(5).getServiceId().toString());
        assertThat(serviceIds(results).subList(4, 6)).containsExactlyInAnyOrder(endedChoir, noSchedule);
        assertThat(start(results, tuesdayCoffee)).isEqualTo(OffsetDateTime.parse("2026-12-08T10:00Z"));
        assertThat(start(results, secondTuesdayMemoryCafe)).isEqualTo(OffsetDateTime.parse("2026-12-08T13:00Z"));
        assertThat(start(results, fortnightlyCraft)).isEqualTo(OffsetDateTime.parse("2026-12-16T10:00Z"));
        assertThat(start(results, lastFridayDisco)).isEqualTo(OffsetDateTime.parse("2026-12-25T19:00Z"));
        assertThat(start(results, endedChoir)).isNull();
    }

    @Test
    void aSessionRunningNowIsTheSoonest() {
        clock.set("2026-12-08T13:30", LONDON);
        SearchResults results = near().sort(SearchSort.SOONEST).resident();

        assertThat(serviceIds(results).get(0)).isEqualTo(secondTuesdayMemoryCafe);
        assertThat(serviceIds(results).get(1)).isEqualTo(tuesdayCoffee);
        assertThat(start(results, tuesdayCoffee)).isEqualTo(OffsetDateTime.parse("2026-12-15T10:00Z"));
    }

    @Test
    void eachResultSaysInWordsWhenItRunsFromItsStructuredSchedule() {
        clock.set("2026-12-07T09:00", LONDON);
        java.util.Map<String, String> said = new java.util.HashMap<>();
        near().resident().getResults().forEach(h -> said.put(h.getServiceId().toString(), h.getSchedule()));

        assertThat(said.get(tuesdayCoffee)).isEqualTo("Tuesdays 10am to midday");
        assertThat(said.get(fortnightlyCraft)).isEqualTo("Every other Wednesday 10am to midday");
        assertThat(said.get(secondTuesdayMemoryCafe)).isEqualTo("2nd Tuesday of the month 1pm to 3pm");
        assertThat(said.get(lastFridayDisco)).isEqualTo("Last Friday of the month 7pm to 10pm");
        assertThat(said.get(noSchedule)).isNull();
    }

    private java.util.List<String> onNowAt(String localTime) {
        clock.set(localTime, LONDON);
        SearchQuery query = near();
        query.onNow = true;
        return serviceIds(query.resident());
    }

    private SearchQuery near() {
        return new SearchQuery(api).around(here.lat(), here.lon(), 1_000);
    }

    private static OffsetDateTime start(SearchResults results, String serviceId) {
        ServiceHit hit = results.getResults().stream().filter(h -> h.getServiceId().toString().equals(serviceId)).findFirst()
                .orElseThrow();
        return hit.getNextSessionStart() == null ? null : hit.getNextSessionStart().toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
