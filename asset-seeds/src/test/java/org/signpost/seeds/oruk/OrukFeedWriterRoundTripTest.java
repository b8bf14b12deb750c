package org.signpost.seeds.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.seeds.geo.Outcodes;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.synthetic.SyntheticDirectory;

/** What the writer writes, the reader reads back equal: every field survives, nothing is repaired. */
class OrukFeedWriterRoundTripTest {

    @Test
    void syntheticServicesSurviveWritingAndReading() throws IOException {
        List<ImportedService> services = new SyntheticDirectory(Outcodes.loadDefault(),
                List.of("sp-loneliness", "sp-gardening", "sp-debt-advice", "sp-memory-cafes"), 7).services(3_000).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OrukFeedWriter writer = new OrukFeedWriter(bytes)) {
            for (ImportedService s : services) {
                writer.write(s);
            }
        }

        FeedResult read = new OrukFeedReader().read(new ByteArrayInputStream(bytes.toByteArray()));

        assertEquals(new FeedSummary(3_000, 3_000, 0, 0), read.summary());
        assertEquals(services, read.accepted());
    }

    @Test
    void theSeedFormatSampleSurvivesReadingWritingAndReadingAgain() throws IOException {
        FeedResult first;
        try (var in = getClass().getResourceAsStream("/oruk/seed-format-sample.json")) {
            first = new OrukFeedReader().read(in);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OrukFeedWriter writer = new OrukFeedWriter(bytes)) {
            for (ImportedService s : first.accepted()) {
                writer.write(s);
            }
        }

        assertEquals(first.accepted(), new OrukFeedReader().read(new ByteArrayInputStream(bytes.toByteArray())).accepted());
    }
}
