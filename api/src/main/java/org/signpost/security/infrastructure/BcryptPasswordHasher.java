package org.signpost.security.infrastructure;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import org.signpost.security.application.AuthSettings;
import org.signpost.security.application.PasswordHasher;

/** bcrypt (2b) through the at.favre.lib implementation; long passwords are refused, not truncated. */
@Singleton
class BcryptPasswordHasher implements PasswordHasher {

    private final int cost;

    BcryptPasswordHasher(AuthSettings settings) {
        this.cost = settings.bcryptCost();
    }

    @Override
    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash.toCharArray()).verified;
    }
}
