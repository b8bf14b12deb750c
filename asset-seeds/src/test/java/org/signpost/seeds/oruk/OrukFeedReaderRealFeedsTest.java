package org.signpost.seeds.oruk;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.signpost.seeds.TextFields;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.model.ServiceRules;
import org.signpost.seeds.text.HtmlText;

/** The two real council feeds in src/test/resources/oruk (see the README there), read as published. */
class OrukFeedReaderRealFeedsTest {

    private static final Map<String, FeedResult> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** Each feed is read once for all the tests here (reading is what is under test, not the caching). */
    private static FeedResult read(String name) {
        return READ.computeIfAbsent(name, OrukFeedReaderRealFeedsTest::readNow);
    }

    private static FeedResult readNow(String name) {
        try (InputStream in = OrukFeedReaderRealFeedsTest.class.getResourceAsStream("/oruk/" + name)) {
            return new OrukFeedReader().read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<UUID, ImportedService> byId(FeedResult result) {
        return result.accepted().stream().collect(Collectors.toMap(ImportedService::sourceId, Function.identity()));
    }

    @Test
    void bristolImportsAllButItsEmptyNameAndItsRepeatedId() throws IOException {
        FeedResult bristol = read("bristol-services.json");

        assertEquals(new FeedSummary(819, 817, 2, 95), bristol.summary());
        List<String> reasons = bristol.rejections().stream().map(Rejection::message).toList();
        assertEquals(List.of(
                "record def5ccd4-f121-df4d-60d2-4dc0d69ff555: name: is required",
                "record 2af617e5-4532-bebe-1036-ffdf2e93ce55: id: duplicate id, first seen at record #374"), reasons);
        assertEquals(List.of(1, 811), bristol.rejections().stream().map(Rejection::position).toList());

        ImportedService firstOfTheRepeatedId = byId(bristol).get(UUID.fromString("2af617e5-4532-bebe-1036-ffdf2e93ce55"));
        assertEquals("Fishponds Yoga for Fitness & Wellbeing", firstOfTheRepeatedId.name());
    }

    @Test
    void bristolFieldsThatAreNotSoundAreDroppedOrRepairedWithAWarning() throws IOException {
        FeedResult bristol = read("bristol-services.json");
        Map<String, Long> warningsByKind = bristol.warnings().stream().collect(Collectors.groupingBy(
                w -> w.field() + (w.detail().contains("no scheme") ? " repaired" : w.detail().contains("dropped")
                        ? " dropped" : w.detail().contains("read as") ? " read as" : " other"), Collectors.counting()));
        assertEquals(Map.of(
                "url repaired", 53L, "url dropped", 6L,
                "organization.url repaired", 26L, "organization.url dropped", 3L,
                "email read as", 1L, "organization other", 6L), warningsByKind);

        Map<UUID, ImportedService> services = byId(bristol);
        ImportedService warmley = services.get(UUID.fromString("90616b65-bf71-fc1b-9623-6d0891731019"));
        assertNull(warmley.url(), "'Warmley Community Centre' is not a web address");
        assertNull(warmley.organisation().website());
        assertEquals("https://www.kateartereft.com",
                services.get(UUID.fromString("d7f0408e-fbb7-f3bc-c7c7-6b426d524fb5")).url());
        assertEquals("southglosover50s@gmail.com",
                services.get(UUID.fromString("071451bc-3f31-2f8a-dc4e-4e9a4234696b")).email(), "no-break space trimmed");
        assertEquals("employment.support@mencap.org.uk",
                services.get(UUID.fromString("91155bf5-5d60-477a-8947-c75a6c5ab30c")).email());
        assertNull(services.get(UUID.fromString("e045c1f4-3366-e138-a2dd-07235214cfec")).organisation());
        assertTrue(bristol.warnings().stream().anyMatch(w -> w.message().equals(
                "record 90616b65-bf71-fc1b-9623-6d0891731019: url: 'Warmley Community Centre' is not an http(s) URL; dropped")));
    }

    @Test
    void northLincolnshireImportsEveryRecord() throws IOException {
        FeedResult northLincs = read("north-lincolnshire-services.json");

        assertEquals(new FeedSummary(738, 738, 0, 47), northLincs.summary());
        ImportedService wawy = byId(northLincs).get(UUID.fromString("738f94e0-aa6c-6a5c-2395-7b64421ba2a5"));
        assertEquals("Struggling with Drug & Alcohol Addiction? We Are With You provide free and confidential Services,"
                + " without judgement, to people over the age of 18 facing challenges with drugs & alcohol.\n"
                + "We Are With You are now offering a drop in session at Victor House fourth Thursday of each month,"
                + " please contact Victor House to make an appointment.", wawy.description());
        assertEquals("Victor House", wawy.organisation().name());
        assertEquals(UUID.fromString("20da2f9a-59de-622c-3b63-78d899ba0d94"), wawy.organisation().sourceId());
        assertEquals("https://www.northlincs.gov.uk/", wawy.organisation().website());
    }

    @Test
    void noAcceptedTextHoldsMarkupAndEveryRecordPassesTheRules() throws IOException {
        ServiceRules rules = new ServiceRules();
        for (String feed : List.of("bristol-services.json", "north-lincolnshire-services.json")) {
            FeedResult result = read(feed);
            assertAll(result.accepted().stream().flatMap(s -> TextFields.of(s).stream()
                    .map(t -> () -> assertFalse(HtmlText.looksLikeMarkup(t.value()),
                            feed + " " + s.sourceId() + t.path() + ": " + t.value()))));
            assertAll(result.accepted().stream().map(s -> () -> assertEquals(List.of(), rules.check(s))));
        }
    }

    @Test
    void readsTheSameWhenStreamed() throws IOException {
        FeedResult whole = read("north-lincolnshire-services.json");
        List<ImportedService> streamed = new java.util.ArrayList<>();
        FeedSummary summary;
        try (InputStream in = getClass().getResourceAsStream("/oruk/north-lincolnshire-services.json")) {
            summary = new OrukFeedReader().read(in, streamed::add);
        }
        assertEquals(whole.summary(), summary);
        assertEquals(whole.accepted(), streamed);
    }
}
