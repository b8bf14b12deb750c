package org.signpost.platform.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

class SigningSecretCheckTest {

    @Test
    void noSecretOrAShortOneRefusesToStart() {
        assertThatThrownBy(() -> SigningSecretCheck.check("")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("SIGNPOST_JWT_SECRET is not set");
        assertThatThrownBy(() -> SigningSecretCheck.check(null)).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> SigningSecretCheck.check("x".repeat(31))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void aSecretOf32BytesIsAccepted() {
        assertThatCode(() -> SigningSecretCheck.check("x".repeat(32))).doesNotThrowAnyException();
    }
}
