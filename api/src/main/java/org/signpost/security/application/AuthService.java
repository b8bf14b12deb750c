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
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
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
import org.signpost.security.model.Role;
import org.signpost.security.model.TokenPair;

/**
 * Sign-in and refresh. Access tokens are short-lived signed JWTs; refresh tokens are opaque,
 * stored hashed, single use, and rotate: presenting a spent one revokes its whole family.
 */
@Singleton
public class AuthService {

    static final String CLAIM_USER_ID = "uid";
    static final String CLAIM_ORGANISATION = "org";
    private static final String BAD_CREDENTIALS = "Username or password is not right";
    private static final String BAD_REFRESH = "The refresh token is not valid";

    private final UserAccountRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final TokenGenerator tokenGenerator;
    private final TransactionOperations<Connection> transactions;
    private final AuthSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    AuthService(UserAccountRepository users, RefreshTokenRepository refreshTokens, PasswordHasher hasher,
            TokenGenerator tokenGenerator, TransactionOperations<Connection> transactions, AuthSettings settings,
            Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.tokenGenerator = tokenGenerator;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        // verifying against this when the user does not exist keeps the timing the same
        this.dummyHash = hasher.hash(UUID.randomUUID().toString());
    }

    public TokenPair login(String username, String password) {
        Optional<UserAccountRow> found = users.findByUsername(UserAccounts.normalise(username));
        boolean matches = hasher.matches(password, found.map(UserAccountRow::passwordHash).orElse(dummyHash));
        UserAccountRow user = found.filter(u -> matches && u.enabled())
                .orElseThrow(() -> new AuthenticationFailedException(BAD_CREDENTIALS));
        String refresh = newRefreshToken();
        transactions.executeWrite(status -> refreshTokens.save(refreshRow(refresh, user.id(), UUID.randomUUID().toString())));
        return tokens(user, refresh);
    }

    public TokenPair refresh(String presented) {
        RefreshTokenRow row = refreshTokens.findByTokenHash(sha256(presented))
                .orElseThrow(() -> new AuthenticationFailedException(BAD_REFRESH));
        Instant now = clock.instant();
        if (row.revokedAt() != null || !row.expiresAt().isAfter(now)) {
            throw new AuthenticationFailedException(BAD_REFRESH);
        }
        UserAccountRow user = users.findById(row.userId()).filter(UserAccountRow::enabled)
                .orElseThrow(() -> new AuthenticationFailedException(BAD_REFRESH));
        String next = newRefreshToken();
        boolean rotated = transactions.executeWrite(status -> {
            if (refreshTokens.markUsed(row.id(), now) != 1) {
                return false;
            }
            refreshTokens.save(refreshRow(next, user.id(), row.familyId()));
            return true;
        });
        if (!rotated) {
            // a spent token came back: whoever holds this family's tokens may be an attacker
            refreshTokens.revokeFamily(row.familyId(), now);
            throw new AuthenticationFailedException(BAD_REFRESH);
        }
        return tokens(user, next);
    }

    private TokenPair tokens(UserAccountRow user, String refresh) {
        Set<Role> roles = roles(user.roles());
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CLAIM_USER_ID, user.id());
        if (user.organisationId() != null) {
            attributes.put(CLAIM_ORGANISATION, user.organisationId());
        }
        Authentication authentication = Authentication.build(user.username(),
                roles.stream().map(Role::authority).collect(Collectors.toSet()), attributes);
        String access = tokenGenerator.generateToken(authentication, settings.accessTokenSeconds())
                .orElseThrow(() -> new IllegalStateException("No access token could be signed"));
        return new TokenPair(access, settings.accessTokenSeconds(), refresh, roles);
    }

    static Set<Role> roles(String stored) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private RefreshTokenRow refreshRow(String token, String userId, String familyId) {
        Instant now = clock.instant();
        return new RefreshTokenRow(UUID.randomUUID().toString(), sha256(token), userId, familyId, now,
                now.plus(settings.refreshTokenTtl()), null, null);
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
