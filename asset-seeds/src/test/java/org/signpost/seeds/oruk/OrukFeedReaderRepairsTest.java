package org.signpost.seeds.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.signpost.seeds.oruk.FeedFixtures.read;
import static org.signpost.seeds.oruk.FeedFixtures.soundRecord;
import static org.signpost.seeds.oruk.FeedFixtures.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.model.TextLimits;

/** Problems that do not make a listing unsound drop or repair the field, with a warning; the record imports. */
class OrukFeedReaderRepairsTest {

    private static final String ID = "f2ce94c0-de49-4ac5-bd6f-5a915bfe8ca2";

    private static FeedResult readOne(String pointer, Object value) {
        FeedResult result = read(with(soundRecord(), pointer, value));
        assertEquals(1, result.accepted().size(), () -> result.rejections().toString());
        return result;
    }

    private static List<String> messages(FeedResult result) {
        return result.warnings().stream().map(FeedWarning::message).toList();
    }

    @Test
    void aWebAddressWithoutSchemeGetsHttps() {
        FeedResult result = readOne("/url", "www.example.org/cafe");

        assertEquals("https://www.example.org/cafe", result.accepted().get(0).url());
        assertEquals(List.of("record " + ID + ": url: 'www.example.org/cafe' has no scheme; read as "
                + "'https://www.example.org/cafe'"), messages(result));
    }

    @Test
    void aUrlThatIsNotHttpIsDropped() {
        for (String bad : List.of("javascript:alert(1)", "ftp://files.example.org", "Warmley Community Centre",
                "http:www.example.org", "https:/example.org")) {
            FeedResult result = readOne("/organization/website", bad);
            assertNull(result.accepted().get(0).organisation().website(), bad);
            assertEquals(List.of("record " + ID + ": organization.website: '" + bad + "' is not an http(s) URL; dropped"),
                    messages(result));
        }
    }

    @Test
    void anEmailThatIsNotOneIsDropped() {
        FeedResult result = readOne("/email", "call us");

        assertNull(result.accepted().get(0).email());
        assertEquals(List.of("record " + ID + ": email: 'call us' is not an email address; dropped"), messages(result));
        assertEquals("a@example.org", readOne("/email", "mailto:a@example.org").accepted().get(0).email());
    }

    @Test
    void aMaximumAgeMeaningNoLimitBecomesNoLimit() {
        FeedResult result = readOne("/maximum_age", 999);

        assertNull(result.accepted().get(0).maximumAge());
        assertEquals(List.of("record " + ID + ": maximum_age: 999 read as no upper age limit"), messages(result));
    }

    @Test
    void anUnreadableAssuredDateIsDropped() {
        FeedResult result = readOne("/assured_date", "last spring");

        assertNull(result.accepted().get(0).assuredDate());
        assertEquals(List.of("record " + ID + ": assured_date: 'last spring' is not a date (yyyy-mm-dd); dropped"),
                messages(result));
    }

    @Test
    void oversizeTextIsCutAtAWord() {
        FeedResult result = readOne("/description", "<p>" + "word ".repeat(3_000) + "</p>");

        String description = result.accepted().get(0).description();
        assertTrue(description.length() <= TextLimits.DESCRIPTION);
        assertTrue(description.endsWith("word\u2026"), description.substring(description.length() - 20));
        assertEquals(List.of("record " + ID + ": description: was 14999 characters long; cut to 10000"), messages(result));
    }

    @Test
    void aMissingOrganisationLeavesTheServiceWithoutOne() {
        FeedResult result = readOne("/organization", null);

        ImportedService service = result.accepted().get(0);
        assertNull(service.organisation());
        assertEquals(List.of("record " + ID + ": organization: is missing; the service has no organisation"),
                messages(result));
    }

    @Test
    void feedSpellingsOfCodesAreNormalised() {
        ImportedService service = read(with(with(with(soundRecord(), "/status", "Temporarily_Closed"),
                "/service_at_locations/0/schedules/0/byday", " 2tu "), "/service_at_locations/0/schedules/0/freq", "monthly"))
                .accepted().get(0);

        assertEquals("temporarily closed", service.status().code());
        assertEquals("2TU", service.locations().get(0).schedules().get(0).byday());
    }
}
