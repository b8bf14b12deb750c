package org.signpost.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.AuthApi;
import org.signpost.contract.client.ProbesApi;
import org.signpost.contract.model.Identity;
import org.signpost.contract.model.LoginRequest;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.RefreshRequest;
import org.signpost.contract.model.TokenResponse;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestUsers;

@MicronautTest(transactional = false)
class SignInAndRolesTest {

    @Inject
    AuthApi auth;

    @Inject
    ProbesApi probes;

    @Inject
    TestUsers users;

    @Value("${signpost.jwt.secret}")
    String secret;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aUserSignsInAndTheirTokenCarriesTheirRole() {
        String username = users.create(Role.LINK_WORKER);

        TokenResponse tokens = auth.login(new LoginRequest(username.toUpperCase(), TestUsers.PASSWORD));

        assertThat(tokens.getExpiresIn()).isBetween(1, 900);
        assertThat(tokens.getRoles()).containsExactly(org.signpost.contract.model.Role.LINK_WORKER);
        Bearer.use(tokens.getAccessToken());
        Identity me = probes.me();
        assertThat(me.getUsername()).isEqualTo(username);
        assertThat(probes.linkWorkerProbe().getRoles()).containsExactly(org.signpost.contract.model.Role.LINK_WORKER);
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIs401WithoutSayingWhich() {
        String username = users.create(Role.RESIDENT);

        Problem wrongPassword = expectProblem(HttpStatus.UNAUTHORIZED,
                () -> auth.login(new LoginRequest(username, "not the password at all")));
        Problem unknownUser = expectProblem(HttpStatus.UNAUTHORIZED,
                () -> auth.login(new LoginRequest("nobody@test.signpost", TestUsers.PASSWORD)));

        assertThat(wrongPassword.getDetail()).isEqualTo(unknownUser.getDetail());
    }

    @Test
    void eachRoleReachesItsOwnProbeAndIsForbiddenTheOthers() {
        for (Role role : Role.values()) {
            users.actAs(role);
            for (Role probe : Role.values()) {
                if (probe == role) {
                    assertThat(call(probe).getRoles()).extracting(Enum::name).containsExactly(role.name());
                } else {
                    expectProblem(HttpStatus.FORBIDDEN, () -> call(probe));
                }
            }
        }
    }

    @Test
    void aGroupEditorsTokenNamesTheirOrganisation() {
        users.actAs(Role.GROUP_EDITOR);

        assertThat(probes.groupEditorProbe().getOrganisationId()).isNotNull();
    }

    @Test
    void noTokenIs401() {
        Bearer.clear();

        expectProblem(HttpStatus.UNAUTHORIZED, probes::me);
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        String username = users.create(Role.ADMIN);
        SignedJWT expired = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(username, Instant.now().minusSeconds(60)));
        expired.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        Bearer.use(expired.serialize());

        expectProblem(HttpStatus.UNAUTHORIZED, probes::adminProbe);
    }

    @Test
    void anUnsignedTokenIs401() {
        String username = users.create(Role.ADMIN);
        Bearer.use(new PlainJWT(claims(username, Instant.now().plusSeconds(600))).serialize());

        expectProblem(HttpStatus.UNAUTHORIZED, probes::adminProbe);
    }

    @Test
    void aTokenSignedWithAForeignKeyIs401() throws Exception {
        String username = users.create(Role.ADMIN);
        SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(username, Instant.now().plusSeconds(600)));
        forged.sign(new MACSigner("an attacker's key that is long enough for HS256!".getBytes(StandardCharsets.UTF_8)));
        Bearer.use(forged.serialize());

        expectProblem(HttpStatus.UNAUTHORIZED, probes::adminProbe);
    }

    @Test
    void refreshRotatesAndASpentRefreshTokenRevokesTheFamily() {
        TokenResponse first = users.signIn(users.create(Role.COORDINATOR));

        TokenResponse second = auth.refreshToken(new RefreshRequest(first.getRefreshToken()));
        assertThat(second.getRefreshToken()).isNotEqualTo(first.getRefreshToken());
        Bearer.use(second.getAccessToken());
        assertThat(probes.coordinatorProbe()).isNotNull();

        // the first token again: someone replays it, so every token of this sign-in dies
        expectProblem(HttpStatus.UNAUTHORIZED, () -> auth.refreshToken(new RefreshRequest(first.getRefreshToken())));
        expectProblem(HttpStatus.UNAUTHORIZED, () -> auth.refreshToken(new RefreshRequest(second.getRefreshToken())));
    }

    @Test
    void accessTokensNameTheirIssuerAndAudienceAndAreHs256() throws Exception {
        SignedJWT token = SignedJWT.parse(users.signIn(users.create(Role.ADMIN)).getAccessToken());

        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo("signpost");
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly("signpost-api");
    }

    @Test
    void aTokenSignedWithTheRightKeyButAnotherAlgorithmIs401() throws Exception {
        JWTClaimsSet genuine = SignedJWT.parse(users.signIn(users.create(Role.ADMIN)).getAccessToken()).getJWTClaimsSet();

        Bearer.use(sign(JWSAlgorithm.HS512, genuine));
        expectProblem(HttpStatus.UNAUTHORIZED, probes::adminProbe);
        Bearer.use(sign(JWSAlgorithm.HS384, genuine));
        expectProblem(HttpStatus.UNAUTHORIZED, probes::adminProbe);
        // the same claims, HS256: accepted, so the algorithm alone made the difference
        Bearer.use(sign(JWSAlgorithm.HS256, genuine));
        assertThat(probes.adminProbe()).isNotNull();
    }

    @Test
    void aTokenForAnotherIssuerOrAudienceIs401() throws Exception {
        JWTClaimsSet genuine = SignedJWT.parse(users.signIn(users.create(Role.ADMIN)).getAccessToken()).getJWTClaimsSet();

        Bearer.use(sign(JWSAlgorithm.HS256, new JWTClaimsSet.Builder(genuine).issuer("another-service").build()));
        expectProblem(HttpStatus.UNAUTHORIZED, probes::adminProbe);
        Bearer.use(sign(JWSAlgorithm.HS256, new JWTClaimsSet.Builder(genuine).audience("another-api").build()));
        expectProblem(HttpStatus.UNAUTHORIZED, probes::adminProbe);
        Bearer.use(sign(JWSAlgorithm.HS256, new JWTClaimsSet.Builder(genuine).audience((String) null).build()));
        expectProblem(HttpStatus.UNAUTHORIZED, probes::adminProbe);
    }

    private String sign(JWSAlgorithm algorithm, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    @Test
    void anUnknownRefreshTokenIs401() {
        expectProblem(HttpStatus.UNAUTHORIZED, () -> auth.refreshToken(new RefreshRequest("made-up")));
    }

    private Identity call(Role probe) {
        return switch (probe) {
            case RESIDENT -> probes.residentProbe();
            case LINK_WORKER -> probes.linkWorkerProbe();
            case COORDINATOR -> probes.coordinatorProbe();
            case GROUP_EDITOR -> probes.groupEditorProbe();
            case EVALUATOR -> probes.evaluatorProbe();
            case ADMIN -> probes.adminProbe();
        };
    }

    private static JWTClaimsSet claims(String username, Instant expiry) {
        return new JWTClaimsSet.Builder()
                .subject(username)
                .claim("roles", List.of("ADMIN"))
                .issueTime(Date.from(Instant.now().minusSeconds(120)))
                .expirationTime(Date.from(expiry))
                .build();
    }
}
