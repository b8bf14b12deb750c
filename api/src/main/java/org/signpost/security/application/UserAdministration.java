package org.signpost.security.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.security.infrastructure.UserAccountRepository;
import org.signpost.security.infrastructure.UserAccountRow;
import org.signpost.security.model.Actor;
import org.signpost.security.model.NewUser;
import org.signpost.security.model.Role;
import org.signpost.security.model.SignInEnd;
import org.signpost.security.model.UserRef;

/**
 * An admin creates accounts, disables and enables them, changes their roles and signs them out.
 * A GROUP_EDITOR is bound to exactly one existing organisation, and nobody else is. An admin cannot
 * disable themselves or take away their own ADMIN role (the deployment would lose its last way in).
 * Every change applies from the user's next request: each request reads the user's state afresh.
 */
@Singleton
public class UserAdministration {

    private final UserAccounts accounts;
    private final UserAccountRepository users;
    private final OrganisationLookup organisations;
    private final SignIns signIns;
    private final TransactionOperations<Connection> transactions;

    UserAdministration(UserAccounts accounts, UserAccountRepository users, OrganisationLookup organisations, SignIns signIns,
            TransactionOperations<Connection> transactions) {
        this.accounts = accounts;
        this.users = users;
        this.organisations = organisations;
        this.signIns = signIns;
        this.transactions = transactions;
    }

    public UUID create(Actor actor, String username, String password, Set<Role> roles, UUID organisationId) {
        requireAdmin(actor);
        List<FieldViolation> faults = new ArrayList<>();
        if (username == null || username.isBlank()) {
            faults.add(new FieldViolation("username", "must not be blank"));
        }
        faults.addAll(roleFaults(roles, organisationId));
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return accounts.create(new NewUser(username, password, roles, Optional.ofNullable(organisationId)));
    }

    /** Disables the user and ends every sign-in they have. */
    public void disable(Actor actor, UUID userId) {
        requireAdmin(actor);
        if (userId.equals(actor.userId())) {
            throw new ConflictException("An admin cannot disable their own account");
        }
        transactions.executeWrite(status -> {
            existing(userId);
            users.setEnabled(userId.toString(), false);
            signIns.endAll(userId, SignInEnd.USER_DISABLED);
            return null;
        });
    }

    public void enable(Actor actor, UUID userId) {
        requireAdmin(actor);
        transactions.executeWrite(status -> {
            existing(userId);
            return users.setEnabled(userId.toString(), true);
        });
    }

    /** Replaces the user's roles (and organisation, for a GROUP_EDITOR). */
    public UserRef setRoles(Actor actor, UUID userId, Set<Role> roles, UUID organisationId) {
        requireAdmin(actor);
        List<FieldViolation> faults = roleFaults(roles, organisationId);
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        if (userId.equals(actor.userId()) && !roles.contains(Role.ADMIN)) {
            throw new ConflictException("An admin cannot take away their own ADMIN role");
        }
        return transactions.executeWrite(status -> {
            UserAccountRow user = existing(userId);
            users.setRoles(user.id(), Role.toStored(roles), organisationId == null ? null : organisationId.toString());
            return new UserRef(userId, user.username(), roles, Optional.ofNullable(organisationId), user.enabled());
        });
    }

    /** Ends every sign-in of the user; the account stays enabled. */
    public void signOut(Actor actor, UUID userId) {
        requireAdmin(actor);
        transactions.executeWrite(status -> {
            existing(userId);
            signIns.endAll(userId, SignInEnd.SIGNED_OUT_EVERYWHERE);
            return null;
        });
    }

    private UserAccountRow existing(UUID userId) {
        return users.findById(userId.toString()).orElseThrow(() -> new NotFoundException("No user " + userId));
    }

    private List<FieldViolation> roleFaults(Set<Role> roles, UUID organisationId) {
        List<FieldViolation> faults = new ArrayList<>();
        if (roles.isEmpty()) {
            faults.add(new FieldViolation("roles", "must name at least one role"));
        }
        boolean groupEditor = roles.contains(Role.GROUP_EDITOR);
        if (groupEditor && organisationId == null) {
            faults.add(new FieldViolation("organisation_id", "is required for a GROUP_EDITOR"));
        } else if (!groupEditor && organisationId != null) {
            faults.add(new FieldViolation("organisation_id", "is only for a GROUP_EDITOR"));
        } else if (organisationId != null && !organisations.exists(organisationId)) {
            faults.add(new FieldViolation("organisation_id", "is not a known organisation"));
        }
        return faults;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new ForbiddenException("Only an admin manages users");
        }
    }
}
