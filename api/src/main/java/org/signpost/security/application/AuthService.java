package org.signpost.security.application;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.platform.errors.AuthenticationFailedException;
import org.signpost.security.infrastructure.RefreshTokenRepository;
import org.signpost.security.infrastructure.RefreshTokenRow;
import org.signpost.security.infrastructure.UserAccountRepository;
import org.signpost.security.infrastructure.UserAccountRow;
import org.signpost.security.model.LiveSignIn;
import org.signpost.security.model.Role;
import org.signpost.security.model.SignInEnd;
import org.signpost.security.model.TokenPair;

/**
 * Sign-in and refresh. Access tokens are short-lived signed JWTs naming their sign-in ({@code sid});
 * refresh tokens are opaque, stored hashed, single use, and rotate within the sign-in's absolute
 * lifetime: presenting a spent one ends the whole sign-in. Attempts are throttled per account and
 * per client address, and password checks are bounded ({@link SignInThrottle}, {@link PasswordCheckGate}).
 */
@Singleton
public class AuthService {

    public static final String CLAIM_USER_ID = "uid";
    public static final String CLAIM_ORGANISATION = "org";
    public static final String CLAIM_SIGN_IN = "sid";
    private static final String BAD_CREDENTIALS = "Username or password is not right";
    private static final String BAD_REFRESH = "The refresh token is not valid";

    private final UserAccountRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final TokenGenerator tokenGenerator;
    private final TransactionOperations<Connection> transactions;
    private final AuthSettings settings;
    private final SignIns signIns;
    private final SignInThrottle throttle;
    private final PasswordCheckGate gate;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    AuthService(UserAccountRepository users, RefreshTokenRepository refreshTokens, PasswordHasher hasher,
            TokenGenerator tokenGenerator, TransactionOperations<Connection> transactions, AuthSettings settings,
            SignIns signIns, SignInThrottle throttle, PasswordCheckGate gate, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.tokenGenerator = tokenGenerator;
        this.transactions = transactions;
        this.settings = settings;
        this.signIns = signIns;
        this.throttle = throttle;
        this.gate = gate;
        this.clock = clock;
        // verifying against this when the user does not exist keeps the timing the same
        this.dummyHash = hasher.hash(UUID.randomUUID().toString());
    }

    public TokenPair login(String username, String password, String clientAddress) {
        SignInThrottle.Attempt attempt = throttle.attemptSignIn(username, clientAddress);
        Optional<UserAccountRow> found = users.findByUsername(UserAccounts.normalise(username));
        String hash = found.map(UserAccountRow::passwordHash).orElse(dummyHash);
        boolean matches = gate.check(() -> hasher.matches(password, hash));
        UserAccountRow user = found.filter(u -> matches && u.enabled())
                .orElseThrow(() -> new AuthenticationFailedException(BAD_CREDENTIALS));
        attempt.succeeded();
        String refresh = newRefreshToken();
        UUID signIn = transactions.executeWrite(status -> {
            UUID id = signIns.start(UUID.fromString(user.id()));
            refreshTokens.save(refreshRow(refresh, user.id(), id, clock.instant().plus(settings.signInLifetime())));
            return id;
        });
        return tokens(user, signIn, clock.instant().plus(settings.signInLifetime()), refresh);
    }

    public TokenPair refresh(String presented, String clientAddress) {
        throttle.attemptRefresh(clientAddress);
        RefreshTokenRow row = refreshTokens.findByTokenHash(sha256(presented))
                .orElseThrow(() -> new AuthenticationFailedException(BAD_REFRESH));
        Instant now = clock.instant();
        UUID signInId = UUID.fromString(row.familyId());
        if (row.usedAt() != null && row.revokedAt() == null) {
            // a spent token came back: whoever holds this sign-in's tokens may be an attacker
            signIns.end(signInId, SignInEnd.REFRESH_TOKEN_REUSED);
            throw new AuthenticationFailedException(BAD_REFRESH);
        }
        if (row.revokedAt() != null || !row.expiresAt().isAfter(now)) {
            throw new AuthenticationFailedException(BAD_REFRESH);
        }
        LiveSignIn signIn = signIns.admitted(signInId, UUID.fromString(row.userId()))
                .orElseThrow(() -> new AuthenticationFailedException(BAD_REFRESH));
        UserAccountRow user = users.findById(row.userId()).filter(UserAccountRow::enabled)
                .orElseThrow(() -> new AuthenticationFailedException(BAD_REFRESH));
        String next = newRefreshToken();
        boolean rotated = transactions.executeWrite(status -> {
            if (refreshTokens.markUsed(row.id(), now) != 1) {
                return false;
            }
            refreshTokens.save(refreshRow(next, user.id(), signInId, signIn.expiresAt()));
            return true;
        });
        if (!rotated) {
            signIns.end(signInId, SignInEnd.REFRESH_TOKEN_REUSED);
            throw new AuthenticationFailedException(BAD_REFRESH);
        }
        return tokens(user, signInId, signIn.expiresAt(), next);
    }

    private TokenPair tokens(UserAccountRow user, UUID signIn, Instant signInEnds, String refresh) {
        Set<Role> roles = Role.parseStored(user.roles());
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CLAIM_USER_ID, user.id());
        attributes.put(CLAIM_SIGN_IN, signIn.toString());
        if (user.organisationId() != null) {
            attributes.put(CLAIM_ORGANISATION, user.organisationId());
        }
        Authentication authentication = Authentication.build(user.username(),
                roles.stream().map(Role::authority).collect(Collectors.toSet()), attributes);
        // an access token never outlives its sign-in
        int seconds = (int) Math.max(1, Math.min(settings.accessTokenSeconds(),
                Duration.between(clock.instant(), signInEnds).toSeconds()));
        String access = tokenGenerator.generateToken(authentication, seconds)
                .orElseThrow(() -> new IllegalStateException("No access token could be signed"));
        return new TokenPair(access, seconds, refresh, roles);
    }

    static Set<Role> roles(String stored) {
        return Role.parseStored(stored);
    }

    private RefreshTokenRow refreshRow(String token, String userId, UUID signIn, Instant signInEnds) {
        Instant now = clock.instant();
        Instant expires = now.plus(settings.refreshTokenTtl());
        return new RefreshTokenRow(UUID.randomUUID().toString(), sha256(token), userId, signIn.toString(), now,
                expires.isBefore(signInEnds) ? expires : signInEnds, null, null);
    }

    private String newRefreshToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
