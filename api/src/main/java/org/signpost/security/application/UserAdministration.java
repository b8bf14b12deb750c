package org.signpost.security.application;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.directory.application.OrganisationLookup;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.security.model.Actor;
import org.signpost.security.model.NewUser;
import org.signpost.security.model.Role;

/** An admin creates accounts; a GROUP_EDITOR is bound to exactly one existing organisation, and nobody else is. */
@Singleton
public class UserAdministration {

    private final UserAccounts accounts;
    private final OrganisationLookup organisations;

    UserAdministration(UserAccounts accounts, OrganisationLookup organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    public UUID create(Actor actor, String username, String password, Set<Role> roles, UUID organisationId) {
        if (!actor.has(Role.ADMIN)) {
            throw new ForbiddenException("Only an admin creates users");
        }
        List<FieldViolation> faults = new ArrayList<>();
        if (username == null || username.isBlank()) {
            faults.add(new FieldViolation("username", "must not be blank"));
        }
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
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return accounts.create(new NewUser(username, password, roles, Optional.ofNullable(organisationId)));
    }
}
