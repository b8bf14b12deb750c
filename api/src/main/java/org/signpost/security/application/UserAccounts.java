package org.signpost.security.application;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.security.model.NewUser;
import org.signpost.security.model.Role;
import org.signpost.security.infrastructure.UserAccountRepository;
import org.signpost.security.infrastructure.UserAccountRow;

/** Creates users and resets their passwords. */
@Singleton
public class UserAccounts {

    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;

    UserAccounts(UserAccountRepository users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    public UUID create(NewUser user) {
        String username = normalise(user.username());
        checkPassword(user.password());
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("A user named " + username + " already exists");
        }
        UUID id = UUID.randomUUID();
        users.save(new UserAccountRow(id.toString(), username, hasher.hash(user.password()),
                user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                user.organisationId().map(UUID::toString).orElse(null), true, clock.instant()));
        return id;
    }

    /** Creates the user, or when the name exists sets its password, roles and organisation: for demo accounts. */
    public void createOrResetPassword(NewUser user) {
        users.findByUsername(normalise(user.username())).ifPresentOrElse(
                existing -> {
                    users.updatePasswordHash(existing.id(), hasher.hash(user.password()));
                    users.setRoles(existing.id(), Role.toStored(user.roles()), user.organisationId().map(UUID::toString).orElse(null));
                },
                () -> create(user));
    }

    static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private static void checkPassword(String password) {
        if (password.length() < 12) {
            throw new InvalidInputException("password", "must be at least 12 characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw new InvalidInputException("password", "must be at most 72 bytes");
        }
    }
}
