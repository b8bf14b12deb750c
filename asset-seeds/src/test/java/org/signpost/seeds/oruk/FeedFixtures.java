package org.signpost.seeds.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Feeds built in tests from the sound seed-format sample record. */
final class FeedFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private FeedFixtures() {
    }

    /** A fresh copy of the first (fully populated, sound) record of seed-format-sample.json. */
    static ObjectNode soundRecord() {
        try (InputStream in = FeedFixtures.class.getResourceAsStream("/oruk/seed-format-sample.json")) {
            return (ObjectNode) JSON.readTree(in).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FeedResult read(String json) {
        try {
            return new OrukFeedReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FeedResult read(JsonNode... records) {
        ArrayNode feed = JSON.createArrayNode();
        for (JsonNode r : records) {
            feed.add(r);
        }
        return read(feed.toString());
    }

    /** Sets the value at a JSON pointer such as {@code /service_at_locations/0/location/latitude}; null removes it. */
    static ObjectNode with(ObjectNode record, String pointer, Object value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = pointer.substring(0, slash).isEmpty() ? record : record.at(pointer.substring(0, slash));
        String field = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(field), JSON.valueToTree(value));
        } else if (value == null) {
            ((ObjectNode) parent).remove(field);
        } else {
            ((ObjectNode) parent).set(field, JSON.valueToTree(value));
        }
        return record;
    }
}
