package org.signpost.seeds.synthetic;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.signpost.seeds.geo.OutcodeCentroid;
import org.signpost.seeds.geo.Outcodes;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.Frequency;
import org.signpost.seeds.model.GeoBounds;
import org.signpost.seeds.model.ImportedLocation;
import org.signpost.seeds.model.ImportedSchedule;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.model.ServiceRules;
import org.signpost.seeds.model.ServiceStatus;
import org.signpost.seeds.model.TaxonomyTermRef;

class SyntheticDirectoryTest {

    /** A sample of the seed needs taxonomy's codes; the generator takes whatever codes it is given. */
    static final List<String> CODES = List.of("sp-loneliness", "sp-befriending", "sp-coffee-mornings", "sp-mens-sheds",
            "sp-walking-groups", "sp-chair-exercise", "sp-mental-wellbeing", "sp-arts-crafts", "sp-gardening",
            "sp-debt-advice", "sp-food-banks", "sp-esol", "sp-carers", "sp-bereavement", "sp-memory-cafes",
            "sp-heart-lung", "sp-digital-skills", "sp-parent-toddler", "sp-refugees", "sp-youth-clubs", "sp-volunteering");
    private static final Outcodes OUTCODES = Outcodes.loadDefault();
    private static final int SAMPLE = 20_000;
    private static final List<ImportedService> SERVICES = new SyntheticDirectory(OUTCODES, CODES, 42)
            .services(SAMPLE).toList();

    @Test
    void theSameSeedGivesTheSameDirectoryAndAnotherSeedAnother() {
        assertEquals(SERVICES.subList(0, 2_000), new SyntheticDirectory(OUTCODES, CODES, 42).services(2_000).toList(),
                "the first n services do not depend on how many are asked for");
        assertNotEquals(SERVICES.get(0), new SyntheticDirectory(OUTCODES, CODES, 43).services(1).toList().get(0));
    }

    @Test
    void givesExactlyTheNumberAskedForLazily() {
        assertEquals(0, new SyntheticDirectory(OUTCODES, CODES, 1).services(0).count());
        assertEquals(SAMPLE, SERVICES.size());
        assertEquals(SAMPLE, SERVICES.stream().map(ImportedService::sourceId).distinct().count(), "ids are unique");
        assertEquals(5, new SyntheticDirectory(OUTCODES, CODES, 1).services(Long.MAX_VALUE).limit(5).count(),
                "nothing is generated before it is asked for");
    }

    @Test
    void everyServicePassesTheRulesTheFeedReaderApplies() {
        ServiceRules rules = new ServiceRules(GeoBounds.ENGLAND);
        assertAll(SERVICES.stream().map(s -> () -> assertEquals(List.of(), rules.check(s), s.sourceId().toString())));
    }

    @Test
    void venuesLieInEnglandNearTheCentroidOfTheirPostcodesDistrict() {
        Set<String> english = SyntheticDirectory.englishOutcodes(OUTCODES).stream().map(OutcodeCentroid::outcode)
                .collect(Collectors.toSet());
        List<ImportedLocation> venues = SERVICES.stream().flatMap(s -> s.locations().stream())
                .map(l -> l.location()).toList();
        assertAll(venues.stream().map(venue -> () -> {
            assertTrue(GeoBounds.ENGLAND.contains(venue.latitude(), venue.longitude()), venue.toString());
            OutcodeCentroid district = OUTCODES.centroidOf(venue.postalCode()).orElseThrow();
            assertTrue(english.contains(district.outcode()), venue.postalCode());
            assertTrue(kilometres(district, venue) < 3.5, venue.postalCode() + " " + kilometres(district, venue) + " km");
        }));
        assertTrue(venues.stream().map(ImportedLocation::postalCode).map(p -> p.split(" ")[0]).distinct().count() > 2_000,
                "spread over most of England's districts");
    }

    @Test
    void fieldsFollowRealisticDistributions() {
        assertShare("free", s -> s.costOptions().get(0).isFree(), 0.57, 0.63);
        assertShare("not located", s -> !s.isLocated(), 0.065, 0.095);
        assertShare("active", s -> s.status() == ServiceStatus.ACTIVE, 0.92, 0.96);
        assertShare("with capacity", s -> s.capacity() != null, 0.37, 0.43);
        assertTrue(SERVICES.stream().filter(s -> !s.isLocated()).allMatch(s -> !s.serviceAreas().isEmpty()
                && (s.deliveryModes().contains(DeliveryMode.ONLINE) || s.deliveryModes().contains(DeliveryMode.PHONE))));
        assertTrue(SERVICES.stream().allMatch(s -> s.taxonomyTerms().size() >= 1 && s.taxonomyTerms().size() <= 3
                && s.taxonomyTerms().stream().map(TaxonomyTermRef::code).allMatch(CODES::contains)
                && s.taxonomyTerms().stream().distinct().count() == s.taxonomyTerms().size()));

        List<ImportedSchedule> schedules = SERVICES.stream().flatMap(s -> s.allSchedules().stream()).toList();
        assertShareOf(schedules, "weekly", s -> s.freq() == Frequency.WEEKLY && s.interval() == 1, 0.60, 0.68);
        assertShareOf(schedules, "fortnightly", s -> s.freq() == Frequency.WEEKLY && s.interval() == 2, 0.13, 0.19);
        assertShareOf(schedules, "monthly on an ordinal day", s -> s.freq() == Frequency.MONTHLY
                && s.byday().matches("-?[1-4](MO|TU|WE|TH|FR|SA|SU)"), 0.18, 0.24);
        assertTrue(schedules.stream().anyMatch(s -> "2TU".equals(s.byday())
                && s.description().startsWith("2nd Tuesday of the month")));
        assertTrue(schedules.stream().filter(s -> s.interval() == 2).allMatch(s -> s.dtstart() != null),
                "fortnightly schedules are anchored");
    }

    @Test
    void organisationsRunOneToSixServicesEach() {
        Map<UUID, List<ImportedService>> byOrganisation = new LinkedHashMap<>();
        SERVICES.forEach(s -> byOrganisation.computeIfAbsent(s.organisation().sourceId(), k -> new ArrayList<>()).add(s));
        List<List<ImportedService>> complete = new ArrayList<>(byOrganisation.values());
        complete.remove(complete.size() - 1); // the last may be cut short
        Map<Integer, Long> sizes = complete.stream().collect(Collectors.groupingBy(List::size, Collectors.counting()));
        assertTrue(sizes.keySet().stream().allMatch(n -> n >= 1 && n <= 6), sizes.toString());
        assertEquals(Set.of(1, 2, 3, 4, 5, 6), new HashSet<>(sizes.keySet()));
        assertTrue(byOrganisation.size() > SAMPLE / 3 && byOrganisation.size() < SAMPLE / 2, byOrganisation.size() + " organisations");
    }

    private static void assertShare(String what, Predicate<ImportedService> test, double low, double high) {
        assertShareOf(SERVICES, what, test, low, high);
    }

    private static <T> void assertShareOf(List<T> items, String what, Predicate<T> test, double low, double high) {
        double share = items.stream().filter(test).count() / (double) items.size();
        assertTrue(share >= low && share <= high, what + ": " + share + " not in " + low + ".." + high);
    }

    private static double kilometres(OutcodeCentroid a, ImportedLocation b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude()) * Math.cos(Math.toRadians(a.latitude()));
        return 6371 * Math.sqrt(dLat * dLat + dLon * dLon);
    }
}
