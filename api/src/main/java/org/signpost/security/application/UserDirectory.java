package org.signpost.security.application;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.signpost.security.infrastructure.UserAccountRepository;
import org.signpost.security.infrastructure.UserAccountRow;
import org.signpost.security.model.UserRef;

/** Looks users up by name or id, for features that refer to other users. Never exposes hashes. */
@Singleton
public class UserDirectory {

    private final UserAccountRepository users;

    UserDirectory(UserAccountRepository users) {
        this.users = users;
    }

    public Optional<UserRef> byUsername(String username) {
        return users.findByUsername(UserAccounts.normalise(username)).map(UserDirectory::ref);
    }

    public Optional<UserRef> byId(UUID id) {
        return users.findById(id.toString()).map(UserDirectory::ref);
    }

    /** Usernames of these users (unknown ids are left out). */
    public Map<UUID, String> usernames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        for (UUID id : new HashSet<>(ids)) {
            if (id != null) {
                users.findById(id.toString()).ifPresent(row -> names.put(id, row.username()));
            }
        }
        return names;
    }

    private static UserRef ref(UserAccountRow row) {
        return new UserRef(UUID.fromString(row.id()), row.username(), AuthService.roles(row.roles()),
                Optional.ofNullable(row.organisationId()).map(UUID::fromString), row.enabled());
    }
}
