package org.signpost.notifications.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.signpost.platform.crypto.HmacSha256;

/**
 * The token in a one-click unsubscribe link: the user and the template key, MACed (HMAC-SHA256) with a key derived from
 * the token-signing secret ({@code signpost.jwt.secret}) under a label of its own, so any replica accepts it and it can
 * never stand for anything else. It does not expire: an unsubscribe link in an old email still works (RFC 8058 asks
 * that it keep working), and all it can do is turn that one message off for that one person.
 *
 * <p>Wire form: {@code base64url(16-byte user id + template key) "." base64url(first 16 bytes of the MAC)}.
 */
@Singleton
public class UnsubscribeTokens {

    static final String KEY_LABEL = "signpost unsubscribe v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** Who and what a valid token names. */
    public record Unsubscribe(UUID userId, String template) {
    }

    private final byte[] key;

    UnsubscribeTokens(@Value("${signpost.jwt.secret}") String secret) {
        this.key = HmacSha256.derive(secret, KEY_LABEL);
    }

    public String issue(UUID userId, String template) {
        byte[] key = template.getBytes(StandardCharsets.UTF_8);
        byte[] body = ByteBuffer.allocate(16 + key.length).putLong(userId.getMostSignificantBits())
                .putLong(userId.getLeastSignificantBits()).put(key).array();
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(shortMac(body));
    }

    /** What the token names, or empty when this server did not issue it. */
    public Optional<Unsubscribe> read(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] body = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (body.length <= 16 || !MessageDigest.isEqual(given, shortMac(body))) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(body);
            UUID user = new UUID(buffer.getLong(), buffer.getLong());
            return Optional.of(new Unsubscribe(user, new String(body, 16, body.length - 16, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] shortMac(byte[] body) {
        byte[] full = HmacSha256.mac(key, body);
        return java.util.Arrays.copyOf(full, 16);
    }
}
