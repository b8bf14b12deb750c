package org.signpost.security.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.security.infrastructure.UserSearchRepository;
import org.signpost.security.model.UserFilter;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;
import org.signpost.security.model.UserSummary;

/** An admin lists users by username, with their roles and whether they are enabled. */
@Singleton
public class UserSearch {

    /** One page of users, by username. */
    public record Page(int page, int size, long total, List<UserSummary> users) {
    }

    private final UserSearchRepository repository;
    private final TransactionOperations<Connection> transactions;

    UserSearch(UserSearchRepository repository, TransactionOperations<Connection> transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    public Page page(Actor actor, UserFilter filter, int page, int size) {
        if (!actor.has(Role.ADMIN)) {
            throw new ForbiddenException("Only an admin lists users");
        }
        return transactions.executeRead(status -> new Page(page, size, repository.count(filter),
                repository.page(filter, (long) (page - 1) * size, size)));
    }
}
