package org.signpost.accounts.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.signpost.accounts.infrastructure.GroupSignUpRepository;
import org.signpost.accounts.model.ApprovalStatus;
import org.signpost.accounts.model.GroupSignUpRecord;
import org.signpost.directory.application.Organisations;
import org.signpost.directory.model.OrganisationDraft;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.platform.events.EventOutbox;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.security.application.UserAccounts;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;

/**
 * A group signs up as a new organisation. Nothing of it is in the directory until a coordinator or admin approves:
 * then the organisation is created (with the id the sign-up named) and the applicant becomes its GROUP_EDITOR. Its
 * listings then start as drafts like any other, published only once a coordinator verifies them.
 */
@Singleton
public class GroupSignUps {

    private final GroupSignUpRepository signUps;
    private final Organisations organisations;
    private final UserAccounts accounts;
    private final EventOutbox events;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    GroupSignUps(GroupSignUpRepository signUps, Organisations organisations, UserAccounts accounts, EventOutbox events,
            TransactionOperations<Connection> transactions, Clock clock) {
        this.signUps = signUps;
        this.organisations = organisations;
        this.accounts = accounts;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public GroupSignUpRecord signUp(Actor actor, OrganisationDraft draft, String note) {
        if (actor.has(Role.GROUP_EDITOR)) {
            throw new ConflictException("This account already edits for an organisation");
        }
        OrganisationDraft checked = draft.checked();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        return transactions.executeWrite(status -> {
            if (signUps.hasPending(actor.userId())) {
                throw new ConflictException("This account has a sign-up waiting for a coordinator already");
            }
            signUps.insert(new GroupSignUpRecord(id, UUID.randomUUID(), checked.name(), checked.description(), checked.email(),
                    checked.website(), blankToNull(note), actor.userId(), actor.username(), ApprovalStatus.PENDING, now, null, null));
            GroupSignUpRecord stored = signUps.find(id).orElseThrow();
            events.publish(new PlatformEvent.OrganisationSignupRequested(id, stored.organisationId(), actor.userId(), now), now);
            return stored;
        });
    }

    public List<GroupSignUpRecord> list(Actor actor, ApprovalStatus status) {
        requireReviewer(actor);
        return transactions.executeRead(s -> signUps.withStatus(status == null ? ApprovalStatus.PENDING : status, 500));
    }

    public GroupSignUpRecord approve(Actor actor, UUID id, String note) {
        requireReviewer(actor);
        return transactions.executeWrite(status -> {
            GroupSignUpRecord signUp = open(id);
            organisations.create(actor, signUp.organisationId(),
                    new OrganisationDraft(signUp.name(), signUp.description(), signUp.email(), signUp.website(), null));
            accounts.makeGroupEditor(signUp.requestedBy(), signUp.organisationId());
            signUps.decide(id, ApprovalStatus.APPROVED, actor.userId(), clock.instant(), blankToNull(note));
            return signUps.find(id).orElseThrow();
        });
    }

    public GroupSignUpRecord reject(Actor actor, UUID id, String note) {
        requireReviewer(actor);
        return transactions.executeWrite(status -> {
            open(id);
            signUps.decide(id, ApprovalStatus.REJECTED, actor.userId(), clock.instant(), blankToNull(note));
            return signUps.find(id).orElseThrow();
        });
    }

    private GroupSignUpRecord open(UUID id) {
        GroupSignUpRecord signUp = signUps.findForUpdate(id).orElseThrow(() -> new NotFoundException("No sign-up " + id));
        if (!signUp.status().open()) {
            throw new ConflictException("The sign-up was " + signUp.status().wire() + " already");
        }
        return signUp;
    }

    static void requireReviewer(Actor actor) {
        if (!actor.hasAny(Role.COORDINATOR, Role.ADMIN)) {
            throw new ForbiddenException("Only a coordinator or an admin decides sign-ups and claims");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
