package org.signpost.security.web;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import jakarta.inject.Singleton;
import org.signpost.security.application.AuthSettings;

/**
 * Access tokens name Signpost as their issuer and the API as their audience (configurable); the
 * claims validators ({@code micronaut.security.token.jwt.claims-validators}) accept only these.
 */
@Singleton
@Replaces(JWTClaimsSetGenerator.class)
class SignpostClaimsGenerator extends JWTClaimsSetGenerator {

    private final AuthSettings settings;

    SignpostClaimsGenerator(TokenConfiguration tokenConfiguration, @Nullable JtiGenerator jwtIdGenerator,
            @Nullable ClaimsAudienceProvider claimsAudienceProvider, @Nullable ApplicationConfiguration applicationConfiguration,
            AuthSettings settings) {
        super(tokenConfiguration, jwtIdGenerator, claimsAudienceProvider, applicationConfiguration);
        this.settings = settings;
    }

    @Override
    protected void populateIss(JWTClaimsSet.Builder builder) {
        builder.issuer(settings.tokenIssuer());
    }

    @Override
    protected void populateAud(JWTClaimsSet.Builder builder) {
        builder.audience(settings.tokenAudience());
    }
}
