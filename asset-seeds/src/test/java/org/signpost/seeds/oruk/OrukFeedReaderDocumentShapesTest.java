package org.signpost.seeds.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.signpost.seeds.oruk.FeedFixtures.read;
import static org.signpost.seeds.oruk.FeedFixtures.soundRecord;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.seeds.model.GeoBounds;
import org.signpost.seeds.model.ServiceRules;

/** The shapes an ORUK /services document comes in, and documents that are not one. */
class OrukFeedReaderDocumentShapesTest {

    @Test
    void readsAnOrukPageWhicheverOrderItsFieldsComeIn() {
        String record = soundRecord().toString();
        FeedResult before = read("{\"total_items\":1,\"page_number\":1,\"contents\":[" + record + "],\"empty\":false}");
        FeedResult after = read("{\"contents\":[" + record + "],\"total_items\":1,\"last_page\":true}");

        assertEquals(new FeedSummary(1, 1, 0, 0), before.summary());
        assertEquals(before.accepted(), after.accepted());
    }

    @Test
    void readsTheSpecificationsListExampleAndASingleService() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/oruk/spec-examples/service_list.json")) {
            FeedResult page = new OrukFeedReader().read(in);
            assertEquals(new FeedSummary(1, 1, 0, 0), page.summary());
            assertEquals("Example Organization Inc.", page.accepted().get(0).organisation().name());
        }
        assertEquals(new FeedSummary(1, 1, 0, 0), read(soundRecord().toString()).summary());
    }

    @Test
    void theSpecificationsFullExampleIsRejectedForItsImpossibleLatitude() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/oruk/spec-examples/service_full.json")) {
            FeedResult result = new OrukFeedReader().read(in);
            assertEquals(List.of("record ac148810-d857-441c-9679-408f346de14b: "
                            + "service_at_locations[0].location.latitude: 100.0 is outside -90..90"),
                    result.rejections().stream().map(Rejection::message).toList());
        }
    }

    @Test
    void leavesTheStreamOpenForItsOwner() throws IOException {
        boolean[] closed = {false};
        InputStream in = new java.io.ByteArrayInputStream("[]".getBytes()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new OrukFeedReader().read(in);
        assertEquals(false, closed[0]);
    }

    @Test
    void emptyFeedsHaveNothingToImport() {
        assertEquals(new FeedSummary(0, 0, 0, 0), read("[]").summary());
        assertEquals(new FeedSummary(0, 0, 0, 0), read("{\"total_items\":0,\"contents\":[]}").summary());
    }

    @Test
    void anElementThatIsNotAnObjectIsRejectedByPosition() {
        FeedResult result = read("[" + soundRecord() + ", 42]");

        assertEquals(List.of("record #2: record: is not a JSON object"),
                result.rejections().stream().map(Rejection::message).toList());
    }

    @Test
    void aDocumentThatIsNotJsonOrNotServicesIsMalformed() {
        MalformedFeedException truncated = assertThrows(MalformedFeedException.class,
                () -> read("[" + soundRecord() + ",\n{\"id\": \"x\", "));
        assertTrue(truncated.getMessage().startsWith("not valid JSON after record #1: "), truncated.getMessage());
        assertEquals(2, truncated.line());

        assertThrows(MalformedFeedException.class, () -> read("\"services\""));
        assertThrows(MalformedFeedException.class, () -> read("{\"total_items\": 3}"));
        assertThrows(MalformedFeedException.class, () -> read("<html>Service unavailable</html>"));
    }

    @Test
    void aDeploymentAreaRejectsCoordinatesOutsideIt() throws IOException {
        var record = FeedFixtures.with(soundRecord(), "/service_at_locations/0/location/latitude", 40.7128);
        FeedFixtures.with(record, "/service_at_locations/0/location/longitude", -74.006);
        OrukFeedReader ukReader = new OrukFeedReader(new ServiceRules(GeoBounds.UNITED_KINGDOM));

        FeedResult result = ukReader.read(new java.io.ByteArrayInputStream(("[" + record + "]").getBytes()));

        assertEquals(List.of("record f2ce94c0-de49-4ac5-bd6f-5a915bfe8ca2: service_at_locations[0].location.latitude: "
                + "40.7128,-74.006 is outside the United Kingdom"), result.rejections().stream().map(Rejection::message).toList());
        assertEquals(1, read("[" + record + "]").accepted().size(), "no area: anywhere on Earth is fine");
    }
}
