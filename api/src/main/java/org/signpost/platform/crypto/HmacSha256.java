package org.signpost.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256, the one keyed hash Signpost uses: search cursors, unsubscribe tokens, webhook signatures and the webhook
 * secrets' encryption key. {@link #derive} gives each purpose a key of its own from one configured secret (the MAC of a
 * fixed label), so a MAC made for one purpose never passes for another's.
 */
public final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";

    private HmacSha256() {
    }

    /** The MAC of the parts, in order, under the key. */
    public static byte[] mac(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** A 32-byte key for one purpose (named by {@code label}), derived from a configured secret. */
    public static byte[] derive(String secret, String label) {
        return mac(secret.getBytes(StandardCharsets.UTF_8), label.getBytes(StandardCharsets.UTF_8));
    }
}
