package org.signpost.mecc.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.UUID;
import org.signpost.mecc.infrastructure.MeccRepository;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.security.application.UserDirectory;
import org.signpost.security.model.Actor;
import org.signpost.security.model.UserRef;

/**
 * The MECC permission: a grant an administrator gives any user (a link worker, a coordinator, a
 * group editor, ...), kept beside their role rather than being one.
 */
@Singleton
public class MeccPractitioners {

    private final MeccRepository repository;
    private final UserDirectory users;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    MeccPractitioners(MeccRepository repository, UserDirectory users, TransactionOperations<Connection> transactions, Clock clock) {
        this.repository = repository;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void set(Actor admin, String username, boolean enabled) {
        UserRef user = users.byUsername(username)
                .orElseThrow(() -> new InvalidInputException("username", "No user is called " + username));
        transactions.executeWrite(status -> {
            if (enabled) {
                repository.grant(user.id(), admin.userId(), clock.instant());
            } else {
                repository.revoke(user.id());
            }
            return null;
        });
    }

    public boolean holds(UUID userId) {
        return userId != null && transactions.executeRead(status -> repository.isPractitioner(userId));
    }
}
