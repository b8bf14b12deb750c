package org.signpost.seeds.oruk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.model.ServiceRules;

/**
 * Reads an Open Referral UK {@code /services} document as councils publish it: a bare JSON array of
 * services, an ORUK page ({@code contents} plus paging fields), or a single service; each record in list
 * or full shape, with our seed extensions ({@code x_delivery_modes}, {@code x_referral_route},
 * {@code x_capacity}). The document is streamed one record at a time, so its size is not limited by
 * memory (only the set of ids seen, for duplicate detection, grows with it).
 *
 * <p>Each record is checked against every rule before it is accepted, and rejected with all its reasons
 * when it breaks one: missing or non-UUID id, blank name (after HTML is removed), an id already used by
 * an earlier record (every occurrence after the first is rejected), a missing or unknown status, and
 * everything {@link ServiceRules} decides (ages, costs, times, byday, coordinates...). Problems that do
 * not make the listing unsound only drop or repair the field, reported as {@link FeedWarning}s: a URL that
 * is not http(s) (a bare {@code www.example.org} gets {@code https://}), an email that is not one, a
 * missing organisation, an unreadable {@code assured_date}, oversize text (cut). All text is plain text
 * ({@link org.signpost.seeds.text.HtmlText}).
 *
 * <p>Thread-safe and stateless between reads: one instance can be shared. It never closes the stream it is given.
 */
public final class OrukFeedReader {

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller owns the stream
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private final ServiceRules rules;

    /** A reader applying {@link ServiceRules} with no deployment area. */
    public OrukFeedReader() {
        this(new ServiceRules());
    }

    public OrukFeedReader(ServiceRules rules) {
        this.rules = rules;
    }

    /** Reads and checks the whole feed, keeping every accepted record in memory. */
    public FeedResult read(InputStream json) throws IOException {
        List<ImportedService> accepted = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<FeedWarning> warnings = new ArrayList<>();
        read(json, new FeedListener() {
            @Override
            public void accepted(ImportedService service) {
                accepted.add(service);
            }

            @Override
            public void rejected(Rejection rejection) {
                rejections.add(rejection);
            }

            @Override
            public void warned(FeedWarning warning) {
                warnings.add(warning);
            }
        });
        return new FeedResult(accepted, rejections, warnings);
    }

    public FeedResult read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Streams the feed, handing each record to {@code listener} as soon as it is checked. To write
     * nothing unless the whole document is readable, read it twice (count, then write) or use {@link #read(InputStream)}.
     *
     * @throws MalformedFeedException when the document is not JSON or not an ORUK services document
     */
    public FeedSummary read(InputStream json, FeedListener listener) throws IOException {
        FeedChecker checker = new FeedChecker(rules, listener);
        try (JsonParser parser = mapper.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readArray(parser, checker);
            } else if (first == JsonToken.START_OBJECT) {
                readObject(parser, checker);
            } else {
                throw malformed("expected a JSON array of services or an ORUK page with 'contents'", parser, null);
            }
        } catch (JsonProcessingException e) {
            throw malformed("not valid JSON after record #" + checker.records() + ": " + e.getOriginalMessage(),
                    null, e);
        }
        return checker.summary();
    }

    private void readArray(JsonParser parser, FeedChecker checker) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw malformed("the array of services is not closed", parser, null);
            }
            JsonNode record = mapper.readTree(parser);
            checker.check(record);
        }
    }

    /** An ORUK page (stream its {@code contents}) or a single service (buffer it: it is one record). */
    private void readObject(JsonParser parser, FeedChecker checker) throws IOException {
        ObjectNode other = mapper.createObjectNode();
        boolean sawContents = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("contents") && value == JsonToken.START_ARRAY) {
                sawContents = true;
                readArray(parser, checker);
            } else {
                other.set(field, mapper.readTree(parser));
            }
        }
        if (!sawContents) {
            if (!other.has("id") && !other.has("name")) {
                throw malformed("the object has neither 'contents' nor a service's 'id' and 'name'", parser, null);
            }
            checker.check(other);
        }
    }

    private static MalformedFeedException malformed(String message, JsonParser parser, JsonProcessingException cause) {
        JsonLocation at = cause != null ? cause.getLocation() : parser.currentLocation();
        return new MalformedFeedException(message, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), cause);
    }
}
