package org.signpost.accounts.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.accounts.model.AccountToken;
import org.signpost.accounts.model.InvitationPolicy;
import org.signpost.accounts.model.TokenPurpose;
import org.signpost.directory.application.Organisations;
import org.signpost.notifications.application.TransactionalEmail;
import org.signpost.people.application.Schemes;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.rules.Decision;
import org.signpost.security.application.UserAccounts;
import org.signpost.security.application.UserDirectory;
import org.signpost.security.model.Actor;
import org.signpost.security.model.NewUser;
import org.signpost.security.model.Role;

/**
 * Invitations: staff by an admin or coordinator ({@link InvitationPolicy}), group editors by an editor of the same
 * organisation. The invited person opens the link, chooses a password (the policy applies) and has the account, in
 * the invited role, organisation and schemes. An address that already has an account cannot be invited.
 */
@Singleton
public class Invitations {

    private static final Set<Role> SCHEME_ROLES = EnumSet.of(Role.LINK_WORKER, Role.COORDINATOR);

    private final UserAccounts accounts;
    private final UserDirectory users;
    private final Schemes schemes;
    private final Organisations organisations;
    private final AccountTokens tokens;
    private final TransactionalEmail email;
    private final AccountSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    Invitations(UserAccounts accounts, UserDirectory users, Schemes schemes, Organisations organisations, AccountTokens tokens,
            TransactionalEmail email, AccountSettings settings, TransactionOperations<Connection> transactions, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.schemes = schemes;
        this.organisations = organisations;
        this.tokens = tokens;
        this.email = email;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    public AccountToken inviteStaff(Actor actor, String address, Role role, Set<UUID> schemeIds, UUID organisationId, String language) {
        Set<UUID> wanted = schemeIds == null ? Set.of() : Set.copyOf(schemeIds);
        Decision decision = InvitationPolicy.decide(actor, schemes.of(actor.userId()), role, wanted);
        if (decision.denied()) {
            throw new ForbiddenException(decision.reason());
        }
        String to = Emails.normalise("email", address);
        List<FieldViolation> faults = new ArrayList<>();
        if (!wanted.isEmpty() && !SCHEME_ROLES.contains(role)) {
            faults.add(new FieldViolation("scheme_ids", "are only for a LINK_WORKER or a COORDINATOR"));
        } else if (role == Role.LINK_WORKER && wanted.isEmpty() && !actor.has(Role.ADMIN)) {
            faults.add(new FieldViolation("scheme_ids", "must name at least one of your schemes"));
        }
        wanted.stream().filter(s -> !schemes.exists(s)).findFirst()
                .ifPresent(s -> faults.add(new FieldViolation("scheme_ids", "names an unknown scheme " + s)));
        if (role == Role.GROUP_EDITOR && organisationId == null) {
            faults.add(new FieldViolation("organisation_id", "is required for a GROUP_EDITOR"));
        } else if (role != Role.GROUP_EDITOR && organisationId != null) {
            faults.add(new FieldViolation("organisation_id", "is only for a GROUP_EDITOR"));
        } else if (organisationId != null && !organisations.exists(organisationId)) {
            faults.add(new FieldViolation("organisation_id", "is not a known organisation"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        if (role == Role.GROUP_EDITOR) {
            return invite(actor, to, TokenPurpose.EDITOR_INVITATION, role, organisationId, Set.of(), language);
        }
        return invite(actor, to, TokenPurpose.STAFF_INVITATION, role, null, wanted, language);
    }

    /** A group editor invites a fellow editor of their own organisation. */
    public AccountToken inviteEditor(Actor actor, String address, String language) {
        UUID organisation = actor.organisationId().filter(o -> actor.has(Role.GROUP_EDITOR))
                .orElseThrow(() -> new ForbiddenException("Only a group editor invites fellow editors of their organisation"));
        return invite(actor, Emails.normalise("email", address), TokenPurpose.EDITOR_INVITATION, Role.GROUP_EDITOR, organisation,
                Set.of(), language);
    }

    /** Opens the link: the account exists, in the invited role, organisation and schemes. */
    public UUID accept(String token, String password) {
        return transactions.executeWrite(status -> {
            AccountToken row = tokens.redeem(token, Set.of(TokenPurpose.STAFF_INVITATION, TokenPurpose.EDITOR_INVITATION));
            if (users.byUsername(row.email()).isPresent()) {
                throw new ConflictException("This address has an account already: sign in with it");
            }
            UUID user = accounts.create(new NewUser(row.email(), password, Set.of(row.role()), Optional.ofNullable(row.organisationId())));
            for (UUID scheme : row.schemeIds()) {
                schemes.addMember(scheme, row.email());
            }
            return user;
        });
    }

    private AccountToken invite(Actor actor, String to, TokenPurpose purpose, Role role, UUID organisation, Set<UUID> schemeIds,
            String language) {
        if (users.byUsername(to).isPresent()) {
            throw new ConflictException("This address has an account already");
        }
        Instant now = clock.instant();
        return transactions.executeWrite(status -> {
            AccountToken row = AccountToken.issue(purpose, to, language, now, now.plus(settings.invitationTtl())).forUser(actor.userId())
                    .granting(role, organisation, schemeIds);
            String token = tokens.issue(row);
            String link = settings.link("/account/invitation", token);
            if (purpose == TokenPurpose.EDITOR_INVITATION) {
                String name = organisations.get(actor, organisation).name();
                email.send(to, "account.group-editor-invitation", row.locale(), Map.of("link", link, "organisation", name));
            } else {
                email.send(to, "account.staff-invitation", row.locale(), Map.of("link", link));
            }
            return row;
        });
    }
}
