package org.signpost.security.application;

import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.security.model.PasswordPolicy;

/**
 * The {@link PasswordPolicy} with the deny-list shipped in {@code security/common-passwords.txt} (its source and
 * licence are in the file's header). Every password a person chooses passes here: creating an account, accepting
 * an invitation, registering, resetting.
 */
@Singleton
public class PasswordRules {

    static final String LIST = "security/common-passwords.txt";

    private final PasswordPolicy policy;

    PasswordRules() {
        this.policy = new PasswordPolicy(load());
    }

    /** Refuses the password with a 400 naming {@code field}. */
    public void check(String field, String password, String username) {
        policy.fault(password, username).ifPresent(fault -> {
            throw new InvalidInputException(field, fault);
        });
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The password deny-list " + LIST + " is missing from the classpath");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
