package org.signpost.search.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.search.model.Audience;
import org.signpost.search.model.SearchCriteria;
import org.signpost.platform.crypto.HmacSha256;

/**
 * The opaque paging cursor: the last result's sort values (search_after), the moment the search
 * was first run (so "on now", soonest and staleness stay the same on every page), and a
 * fingerprint of the search it belongs to. It is signed (HMAC-SHA256), so only a cursor this
 * service issued is followed: an edited moment (which would bring back listings that have since
 * gone stale), edited sort values or any other shape is refused with 400 naming {@code cursor},
 * as is a cursor of another search or one older than {@code signpost.search.cursor-lifetime}.
 *
 * <p>Wire form: {@code base64url(JSON) "." base64url(HMAC-SHA256(key, JSON))}. The key is derived
 * from the token-signing secret ({@code signpost.jwt.secret}) under a label of its own, so every
 * replica that shares the secret accepts the cursors of the others, and a cursor's MAC can never
 * stand for a token signature nor the reverse.
 */
@Singleton
public class SearchCursor {

    static final String KEY_LABEL = "signpost search cursor v1";
    static final String NOT_ISSUED = "is not a cursor this search returned: start again without a cursor";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** Where a page starts: the search's moment and the sort values to continue after (none for the first page). */
    public record Position(Instant now, List<Object> after) {
    }

    private final byte[] key;
    private final Duration lifetime;
    private final Clock clock;

    SearchCursor(@Value("${signpost.jwt.secret}") String secret, @Value("${signpost.search.cursor-lifetime:1h}") Duration lifetime,
            Clock clock) {
        this.key = HmacSha256.derive(secret, KEY_LABEL);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public String encode(Position position, String fingerprint) {
        try {
            byte[] json = JSON.writeValueAsBytes(Map.of("v", 1, "t", position.now().toEpochMilli(), "f", fingerprint,
                    "a", position.after()));
            return ENCODER.encodeToString(json) + "." + ENCODER.encodeToString(HmacSha256.mac(key, json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cursor not encodable", e);
        }
    }

    /** The position of a cursor this service issued for this search; 400 naming {@code cursor} for anything else. */
    @SuppressWarnings("unchecked")
    public Position decode(String cursor, String fingerprint) {
        Map<String, Object> fields;
        try {
            byte[] json = signed(cursor);
            fields = JSON.readValue(json, Map.class);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new InvalidInputException("cursor", NOT_ISSUED);
        }
        if (!Integer.valueOf(1).equals(fields.get("v")) || !(fields.get("t") instanceof Number t)
                || !(fields.get("a") instanceof List<?> after) || after.isEmpty()) {
            throw new InvalidInputException("cursor", NOT_ISSUED);
        }
        if (!fingerprint.equals(fields.get("f"))) {
            throw new InvalidInputException("cursor", "belongs to a different search: send the same parameters as for the first page");
        }
        Instant moment = Instant.ofEpochMilli(t.longValue());
        if (moment.plus(lifetime).isBefore(clock.instant())) {
            throw new InvalidInputException("cursor", "has expired (a cursor lasts " + lifetime.toMinutes()
                    + " minutes): start the search again without a cursor");
        }
        return new Position(moment, (List<Object>) after);
    }

    /** The JSON of a cursor whose MAC is this service's; IllegalArgumentException otherwise. */
    private byte[] signed(String cursor) {
        int dot = cursor.indexOf('.');
        if (dot <= 0 || dot != cursor.lastIndexOf('.')) {
            throw new IllegalArgumentException("not payload.mac");
        }
        byte[] json = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
        byte[] given = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
        if (!MessageDigest.isEqual(given, HmacSha256.mac(key, json))) {
            throw new IllegalArgumentException("not signed here");
        }
        return json;
    }

    /** Identifies a search regardless of its page size. */
    public static String fingerprint(SearchCriteria criteria, Audience audience) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((audience + "|" + criteria.withLimit(0)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
