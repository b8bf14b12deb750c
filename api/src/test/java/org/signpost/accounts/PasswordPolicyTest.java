package org.signpost.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.signpost.security.model.PasswordPolicy;

/** Length over composition, a deny-list, not the address itself, and bcrypt's 72-byte limit. */
class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy(Set.of("qwerty123456", "iloveyou1234"));

    @Test
    void anyLongEnoughPasswordIsFineWithoutDigitsOrSymbols() {
        assertThat(policy.fault("three random words", "a@example.org")).isEmpty();
        assertThat(policy.fault("ŵy ddraig goch", null)).isEmpty();
    }

    @Test
    void shortCommonOwnAddressAndOverlongAreRefused() {
        assertThat(policy.fault("eleven char", null)).hasValueSatisfying(f -> assertThat(f).contains("at least 12"));
        assertThat(policy.fault("QWERTY123456", null)).hasValueSatisfying(f -> assertThat(f).contains("commonly used"));
        assertThat(policy.fault("me@example.org", "Me@Example.org")).hasValueSatisfying(f -> assertThat(f).contains("email"));
        assertThat(policy.fault("é".repeat(37), null)).hasValueSatisfying(f -> assertThat(f).contains("72 bytes"));
    }
}
