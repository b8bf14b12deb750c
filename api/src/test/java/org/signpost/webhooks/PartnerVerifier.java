package org.signpost.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a partner checks a Signpost webhook, using nothing but the JDK: the code docs/notifications.md#webhooks shows,
 * kept here so the tests run it exactly as a partner would (it uses none of Signpost's classes).
 */
final class PartnerVerifier {

    private PartnerVerifier() {
    }

    /**
     * @param secret    the subscription's secret as shown at creation ({@code whsec_...})
     * @param id        the {@code webhook-id} header
     * @param timestamp the {@code webhook-timestamp} header (seconds since 1970)
     * @param signature the {@code webhook-signature} header ({@code v1,<base64>}, perhaps several, space-separated)
     * @param body      the request body exactly as received (bytes, before any JSON parsing)
     * @return true when the request is from Signpost, unaltered, and no more than five minutes old (or ahead)
     */
    static boolean verify(String secret, String id, String timestamp, String signature, byte[] body) throws Exception {
        if (secret == null || id == null || timestamp == null || signature == null || body == null) {
            return false;
        }
        long sent;
        try {
            sent = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(Instant.now().getEpochSecond() - sent) > 300) {
            return false; // too old (a replay) or from the future
        }
        byte[] key = Base64.getDecoder().decode(secret.substring(secret.indexOf('_') + 1));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        byte[] expected = mac.doFinal(body);
        for (String part : signature.split(" ")) {
            if (part.startsWith("v1,")) {
                byte[] given;
                try {
                    given = Base64.getDecoder().decode(part.substring(3));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (MessageDigest.isEqual(expected, given)) { // constant time
                    return true;
                }
            }
        }
        return false;
    }
}
