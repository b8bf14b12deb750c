package org.signpost.accounts.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Accounts (docs/accounts.md).
 *
 * @param linkBaseUrl where the emailed links point: the resident app and console that open them (no trailing slash)
 * @param verificationTtl how long a registration's verification link works
 * @param resetTtl how long a password reset link works
 * @param invitationTtl how long a staff or group-editor invitation works
 * @param claimTtl how long the link proving a listing claim works
 */
@ConfigurationProperties("signpost.accounts")
public record AccountSettings(
        @Bindable(defaultValue = "http://localhost:8080") String linkBaseUrl,
        @Bindable(defaultValue = "PT24H") Duration verificationTtl,
        @Bindable(defaultValue = "PT1H") Duration resetTtl,
        @Bindable(defaultValue = "P7D") Duration invitationTtl,
        @Bindable(defaultValue = "PT24H") Duration claimTtl) {

    public String link(String path, String token) {
        String base = linkBaseUrl.endsWith("/") ? linkBaseUrl.substring(0, linkBaseUrl.length() - 1) : linkBaseUrl;
        return base + path + "?token=" + token;
    }
}
