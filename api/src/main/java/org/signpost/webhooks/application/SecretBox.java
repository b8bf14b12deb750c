package org.signpost.webhooks.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.signpost.platform.crypto.HmacSha256;

/**
 * Keeps webhook signing secrets encrypted at rest: AES-256-GCM under a key derived (HMAC-SHA256 with a fixed label)
 * from {@code signpost.webhooks.encryption-key}, or from {@code signpost.jwt.secret} when none is set. Stored as
 * {@code v1:} and base64 of the 12-byte nonce followed by the ciphertext and tag. A database dump alone does not
 * reveal any secret.
 */
@Singleton
class SecretBox {

    private static final String LABEL = "signpost webhook secrets v1";
    private static final String PREFIX = "v1:";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretBox(WebhookSettings settings, @Value("${signpost.jwt.secret}") String jwtSecret) {
        String material = settings.encryptionKey() == null || settings.encryptionKey().isBlank() ? jwtSecret : settings.encryptionKey();
        if (material.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("signpost.webhooks.encryption-key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(HmacSha256.derive(material, LABEL), "AES");
    }

    SecureRandom random() {
        return random;
    }

    String seal(String secret) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a webhook secret", e);
        }
    }

    String open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("A webhook secret in an unknown form");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret cannot be decrypted: was signpost.webhooks.encryption-key changed?", e);
        }
    }
}
