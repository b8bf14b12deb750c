package org.signpost.security.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable, after the NCSC's password guidance: length rather than composition rules (at
 * least {@value #MIN_LENGTH} characters, any characters at all, no required digits or symbols), not one of the
 * passwords people most often choose (a deny-list), not the account's own email address, and no forced rotation (a
 * password never expires). At most {@value #MAX_BYTES} bytes, as bcrypt reads no further.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private final Set<String> common;

    /** @param common the deny-list, lower case */
    public PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** What is wrong with the password, if anything; {@code username} may be null. */
    public Optional<String> fault(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.trim())) {
            return Optional.of("is one of the most commonly used passwords; choose another (three random words work well)");
        }
        if (username != null && lower.trim().equals(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("must not be your email address");
        }
        return Optional.empty();
    }

    public int deniedCount() {
        return common.size();
    }
}
