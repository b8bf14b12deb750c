package org.signpost.evaluation.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key an evaluator sees instead of a person's identity: HMAC-SHA256, under the deployment's
 * secret, of {@code "signpost:person:" + internal id}, as 64 lower-case hex characters. The same
 * person has the same key in every export for as long as the secret stays the same; without the
 * secret a key cannot be turned back into an id, nor can an id be tried against it. A different
 * secret gives unrelated keys, so a deployment can re-key by changing it.
 */
public final class PseudonymousKey {

    /** HMAC-SHA256 keys shorter than its 32-byte output weaken it. */
    public static final int MIN_SECRET_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final String CONTEXT = "signpost:person:";

    private final Mac prototype;

    public PseudonymousKey(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("A pseudonym secret needs at least " + MIN_SECRET_BYTES + " bytes, not "
                    + secret.length);
        }
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(secret, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** From a configured secret: its UTF-8 bytes are the key. */
    public static PseudonymousKey fromSecret(String secret) {
        return new PseudonymousKey(Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8));
    }

    /** The pseudonymous key of the person with this internal id. */
    public String of(String personId) {
        if (personId == null || personId.isBlank()) {
            throw new IllegalArgumentException("A person id is needed");
        }
        return HexFormat.of().formatHex(mac().doFinal((CONTEXT + personId).getBytes(StandardCharsets.UTF_8)));
    }

    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HMAC-SHA256 cannot be cloned", e);
        }
    }

    @Override
    public String toString() {
        return "PseudonymousKey[HMAC-SHA256, secret withheld]";
    }
}
