package org.signpost.accounts.application;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.signpost.accounts.infrastructure.AccountTokenRepository;
import org.signpost.accounts.model.AccountToken;
import org.signpost.accounts.model.TokenPurpose;
import org.signpost.platform.errors.InvalidInputException;

/**
 * Issues and redeems single-use links: 256 random bits, sent once by email, stored only as their SHA-256. Redeeming
 * locks the row, refuses a used, expired or unknown token alike (400 naming {@code token}, never saying which), and
 * marks it used in the caller's transaction: if what the link does then fails, it stays unused.
 */
@Singleton
class AccountTokens {

    static final String NOT_VALID = "is not valid: the link has been used already, has expired, or was not sent by Signpost";

    private final AccountTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Stores the row (in the caller's transaction); answers the token to put in the link. */
    String issue(AccountToken row) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.insert(row, sha256(token));
        return token;
    }

    /** In the caller's transaction: the link's row, now spent, when it is one of these purposes and still redeemable. */
    AccountToken redeem(String token, Set<TokenPurpose> purposes) {
        AccountToken row = tokens.findForUpdate(sha256(token == null ? "" : token.trim()))
                .filter(t -> purposes.contains(t.purpose()))
                .filter(t -> t.redeemableAt(clock.instant()))
                .orElseThrow(() -> new InvalidInputException("token", NOT_VALID));
        if (!tokens.markUsed(row.id(), clock.instant())) {
            throw new InvalidInputException("token", NOT_VALID);
        }
        return row;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
