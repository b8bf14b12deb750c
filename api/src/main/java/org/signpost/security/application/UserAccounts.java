package org.signpost.security.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.platform.errors.ConflictException;
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
    private final PasswordRules passwords;

    UserAccounts(UserAccountRepository users, PasswordHasher hasher, Clock clock, PasswordRules passwords) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.passwords = passwords;
    }

    public UUID create(NewUser user) {
        String username = normalise(user.username());
        passwords.check("password", user.password(), username);
        return createWithHash(new NewUser(username, "(checked)", user.roles(), user.organisationId()), hasher.hash(user.password()));
    }

    /**
     * Creates the user with a password already checked and hashed (a registration hashes the password when the
     * person chooses it, and creates the account once the address is confirmed). The password in {@code user} is ignored.
     */
    public UUID createWithHash(NewUser user, String passwordHash) {
        String username = normalise(user.username());
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("A user named " + username + " already exists");
        }
        UUID id = UUID.randomUUID();
        users.save(new UserAccountRow(id.toString(), username, passwordHash,
                user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                user.organisationId().map(UUID::toString).orElse(null), true, clock.instant()));
        return id;
    }

    /** Checks the password against the policy (400 naming {@code field}) and hashes it. */
    public String checkedHash(String field, String password, String username) {
        passwords.check(field, password, username == null ? null : normalise(username));
        return hasher.hash(password);
    }

    /** Sets a new password, checked against the policy (400 naming {@code password}). */
    public void changePassword(UUID userId, String password) {
        UserAccountRow user = users.findById(userId.toString()).orElseThrow(() -> new IllegalStateException("No user " + userId));
        users.updatePasswordHash(user.id(), checkedHash("password", password, user.username()));
    }

    /**
     * Makes the user a GROUP_EDITOR of the organisation, keeping their other roles. A user edits for one
     * organisation: one already bound to another is refused (409).
     */
    public void makeGroupEditor(UUID userId, UUID organisationId) {
        UserAccountRow user = users.findById(userId.toString()).orElseThrow(() -> new IllegalStateException("No user " + userId));
        if (user.organisationId() != null && !user.organisationId().equals(organisationId.toString())) {
            throw new ConflictException("This account already edits for another organisation");
        }
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        roles.addAll(Role.parseStored(user.roles()));
        roles.add(Role.GROUP_EDITOR);
        users.setRoles(user.id(), Role.toStored(roles), organisationId.toString());
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
}
