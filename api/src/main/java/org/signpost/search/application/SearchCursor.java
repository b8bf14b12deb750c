package org.signpost.search.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.search.model.Audience;
import org.signpost.search.model.SearchCriteria;

/**
 * The opaque paging cursor: the last result's sort values (search_after), the moment the search
 * was first run (so "on now", soonest and staleness stay the same on every page), and a
 * fingerprint of the search, so a cursor cannot be replayed against a different one.
 */
public final class SearchCursor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** Where a page starts: the search's moment and the sort values to continue after (none for the first page). */
    public record Position(Instant now, List<Object> after) {
    }

    private SearchCursor() {
    }

    public static String encode(Position position, String fingerprint) {
        try {
            byte[] json = JSON.writeValueAsBytes(Map.of("v", 1, "t", position.now().toEpochMilli(), "f", fingerprint,
                    "a", position.after()));
            return ENCODER.encodeToString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cursor not encodable", e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Position decode(String cursor, String fingerprint) {
        Map<String, Object> fields;
        try {
            fields = JSON.readValue(Base64.getUrlDecoder().decode(cursor), Map.class);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new InvalidInputException("cursor", "is not a cursor this search returned");
        }
        if (!Integer.valueOf(1).equals(fields.get("v")) || !(fields.get("t") instanceof Number t)
                || !(fields.get("a") instanceof List<?> after) || after.isEmpty()) {
            throw new InvalidInputException("cursor", "is not a cursor this search returned");
        }
        if (!fingerprint.equals(fields.get("f"))) {
            throw new InvalidInputException("cursor", "belongs to a different search: send the same parameters as for the first page");
        }
        return new Position(Instant.ofEpochMilli(t.longValue()), (List<Object>) after);
    }

    /** Identifies a search regardless of its page size. */
    public static String fingerprint(SearchCriteria criteria, Audience audience) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((audience + "|" + criteria.withLimit(0)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
