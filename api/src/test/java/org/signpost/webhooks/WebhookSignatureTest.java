package org.signpost.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.signpost.webhooks.model.WebhookSignature;

/** What Signpost signs, a partner's verifier accepts; anything altered, replayed late or signed with another key it refuses. */
class WebhookSignatureTest {

    private static final byte[] BODY = "{\"specversion\":\"1.0\",\"id\":\"e1\",\"type\":\"org.signpost.referral.sent.v1\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final String secret = WebhookSignature.newSecret(new SecureRandom());

    @Test
    void aPartnerAcceptsWhatSignpostSigned() throws Exception {
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSignature.sign(secret, "msg_1", now, BODY);

        assertThat(secret).startsWith("whsec_");
        assertThat(signature).startsWith("v1,");
        assertThat(PartnerVerifier.verify(secret, "msg_1", Long.toString(now), signature, BODY)).isTrue();
        assertThat(WebhookSignature.verify(secret, "msg_1", Long.toString(now), signature, BODY, Instant.now(), Duration.ofMinutes(5)))
                .isTrue();
        // during a rotation the header carries several signatures: one good one is enough
        assertThat(PartnerVerifier.verify(secret, "msg_1", Long.toString(now), "v1,AAAA " + signature, BODY)).isTrue();
    }

    @Test
    void aPartnerRefusesATamperedReplayedOrForeignRequest() throws Exception {
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSignature.sign(secret, "msg_1", now, BODY);
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("referral.sent", "referral.accepted").getBytes(StandardCharsets.UTF_8);
        String flipped = signature.substring(0, 10) + (signature.charAt(10) == 'A' ? 'B' : 'A') + signature.substring(11);

        assertThat(PartnerVerifier.verify(secret, "msg_1", Long.toString(now), signature, tampered)).as("body changed").isFalse();
        assertThat(PartnerVerifier.verify(secret, "msg_2", Long.toString(now), signature, BODY)).as("id changed").isFalse();
        assertThat(PartnerVerifier.verify(secret, "msg_1", Long.toString(now + 1), signature, BODY)).as("timestamp changed").isFalse();
        assertThat(PartnerVerifier.verify(secret, "msg_1", Long.toString(now), flipped, BODY)).as("signature changed").isFalse();
        assertThat(PartnerVerifier.verify(WebhookSignature.newSecret(new SecureRandom()), "msg_1", Long.toString(now), signature, BODY))
                .as("another subscription's secret").isFalse();
        assertThat(PartnerVerifier.verify(secret, "msg_1", Long.toString(now), "v2," + signature.substring(3), BODY))
                .as("an unknown scheme").isFalse();

        long anHourAgo = now - 3600;
        String old = WebhookSignature.sign(secret, "msg_1", anHourAgo, BODY);
        assertThat(PartnerVerifier.verify(secret, "msg_1", Long.toString(anHourAgo), old, BODY)).as("replayed an hour later").isFalse();
        assertThat(WebhookSignature.verify(secret, "msg_1", Long.toString(anHourAgo), old, BODY, Instant.now(), Duration.ofMinutes(5)))
                .isFalse();
        assertThat(WebhookSignature.verify(secret, "msg_1", Long.toString(anHourAgo), old, BODY, Instant.ofEpochSecond(anHourAgo + 60),
                Duration.ofMinutes(5))).as("fresh when it was sent").isTrue();
    }
}
