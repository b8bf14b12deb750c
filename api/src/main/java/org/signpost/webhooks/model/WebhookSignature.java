package org.signpost.webhooks.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.signpost.platform.crypto.HmacSha256;

/**
 * Webhook signatures as the Standard Webhooks specification has them: the signed content is
 * {@code webhook-id + "." + webhook-timestamp + "." + body}, signed with HMAC-SHA256 under the subscription's secret
 * ({@code whsec_} and the key in base64), sent as {@code webhook-signature: v1,<base64 MAC>}. The header may hold several
 * space-separated signatures (during a secret rotation); one that matches is enough. A timestamp further than the
 * tolerance from the receiver's clock is refused, so a captured request cannot be replayed later.
 *
 * <p>{@link #verify} is what a partner implements (docs/notifications.md#webhooks shows it standalone).
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    /** A new secret: {@code whsec_} and 32 random bytes in base64. */
    public static String newSecret(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header value for one request. */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(mac(secret, id, timestamp, body));
    }

    /**
     * True when the request is genuine and fresh: one of the header's {@code v1} signatures matches (compared in
     * constant time) and the timestamp is within {@code tolerance} of {@code now}.
     */
    public static boolean verify(String secret, String id, String timestamp, String signatureHeader, byte[] body, Instant now,
            Duration tolerance) {
        if (secret == null || id == null || timestamp == null || signatureHeader == null || body == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = mac(secret, id, seconds, body);
        for (String candidate : signatureHeader.trim().split(" +")) {
            int comma = candidate.indexOf(',');
            if (comma < 0 || !candidate.substring(0, comma).equals("v1")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] mac(String secret, String id, long timestamp, byte[] body) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return HmacSha256.mac(Base64.getDecoder().decode(encoded), (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
    }
}
