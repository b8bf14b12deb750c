package org.signpost.people.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.people.infrastructure.ConsentRepository;
import org.signpost.people.infrastructure.ResidentRepository;
import org.signpost.people.model.Consent;
import org.signpost.people.model.Resident;
import org.signpost.people.model.ResidentAccessPolicy;
import org.signpost.people.model.ResidentDetails;
import org.signpost.people.model.ResidentDetailsRules;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.platform.errors.Violations;
import org.signpost.platform.rules.Decision;
import org.signpost.security.application.UserDirectory;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;

/** Creating and reading resident records, every access audited. */
@Singleton
public class ResidentRecords {

    /** A new record: the scheme (optional when the caller has one), who the person is, and consents given. */
    public record NewResident(UUID schemeId, ResidentDetailsRules.Input details, List<ConsentCommand> consents) {
    }

    private final ResidentRepository residents;
    private final ConsentRepository consents;
    private final Schemes schemes;
    private final ConsentChecks consentChecks;
    private final PersonalDataAccess access;
    private final UserDirectory users;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ResidentRecords(ResidentRepository residents, ConsentRepository consents, Schemes schemes, ConsentChecks consentChecks,
            PersonalDataAccess access, UserDirectory users, TransactionOperations<Connection> transactions, Clock clock) {
        this.residents = residents;
        this.consents = consents;
        this.schemes = schemes;
        this.consentChecks = consentChecks;
        this.access = access;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ResidentView create(Access who, NewResident request) {
        Actor actor = who.actor();
        Set<UUID> mine = schemes.of(actor.userId());
        UUID scheme = request.schemeId();
        if (!actor.hasAny(Role.LINK_WORKER, Role.COORDINATOR)) {
            throw access.denied(who, AuditAction.CREATE, Resource.of("resident", null, null),
                    "Only link workers and coordinators record residents");
        }
        if (scheme == null) {
            if (mine.size() != 1) {
                throw new InvalidInputException("scheme_id", mine.isEmpty() ? "You are not a member of any scheme"
                        : "You belong to " + mine.size() + " schemes: name the one this resident belongs to");
            }
            scheme = mine.iterator().next();
        } else if (!mine.contains(scheme)) {
            throw access.denied(who, AuditAction.CREATE, Resource.of("resident", null, null),
                    "You are not a member of scheme " + scheme);
        }
        Violations violations = new Violations();
        ResidentDetails details = ResidentDetailsRules.check(request.details(), today(), violations);
        consentChecks.check(request.consents(), "consents", violations);
        violations.throwIfAny();
        UUID id = UUID.randomUUID();
        UUID schemeId = scheme;
        return transactions.executeWrite(status -> {
            residents.insert(id, schemeId, null, details, actor.userId(), clock.instant());
            for (ConsentCommand c : request.consents()) {
                consents.insert(new Consent(UUID.randomUUID(), id, c.kind(), c.organisationId(), c.note(), actor.userId(),
                        clock.instant(), null, null, null));
            }
            access.allowed(who, AuditAction.CREATE, Resource.resident(id), ResidentView.FIELDS);
            ResidentView view = view(who, residents.find(id).orElseThrow(), mine);
            auditDuplicates(who, view);
            return view;
        });
    }

    /** Creates the record of a RESIDENT account (self-referral), inside the caller's transaction. */
    public UUID createOwn(Actor resident, UUID schemeId, ResidentDetails details) {
        UUID id = UUID.randomUUID();
        residents.insert(id, schemeId, resident.userId(), details, resident.userId(), clock.instant());
        return id;
    }

    /** The record, or 403 (audited) alike whether it is not the caller's or does not exist: a refusal never confirms a record. */
    public ResidentView read(Access who, UUID residentId) {
        Set<UUID> mine = schemes.of(who.actor().userId());
        Resident resident = transactions.executeRead(status -> residents.find(residentId)).orElse(null);
        Decision decision = resident == null ? ResidentAccessPolicy.mayAccessMissing(who.actor())
                : ResidentAccessPolicy.mayAccess(who.actor(), mine, resident);
        if (decision.denied()) {
            throw access.denied(who, AuditAction.READ, Resource.resident(residentId), decision.reason());
        }
        ResidentView view = transactions.executeRead(status -> view(who, resident, mine));
        auditRead(who, view);
        return view;
    }

    /** The signed-in resident's own record. */
    public ResidentView readOwn(Access who) {
        Resident resident = transactions.executeRead(status -> residents.ownedBy(who.actor().userId()))
                .orElseThrow(() -> new NotFoundException("You have no resident record yet: refer yourself first"));
        ResidentView view = transactions.executeRead(status -> view(who, resident, Set.of()));
        auditRead(who, view);
        return view;
    }

    void auditRead(Access who, ResidentView view) {
        access.allowed(who, AuditAction.READ, Resource.resident(view.resident().id()), ResidentView.FIELDS);
        auditDuplicates(who, view);
    }

    private void auditDuplicates(Access who, ResidentView view) {
        if (!view.possibleDuplicates().isEmpty()) {
            access.allowedEach(who, AuditAction.READ, view.possibleDuplicates().stream()
                    .map(d -> Resource.resident(d.resident().id())).toList(), ResidentView.DUPLICATE_FIELDS);
        }
    }

    /** Builds the view inside the caller's transaction; duplicates only for staff (in their schemes). */
    ResidentView view(Access who, Resident resident, Set<UUID> actorSchemes) {
        List<Consent> held = consents.of(resident.id());
        List<ResidentView.Duplicate> duplicates = new ArrayList<>();
        if (who.actor().hasAny(Role.LINK_WORKER, Role.COORDINATOR) && !resident.merged()) {
            for (Resident other : residents.possibleDuplicates(resident.id(), resident.details().nhsNumber(),
                    resident.details().matchKey(), actorSchemes)) {
                boolean sameNhs = resident.details().nhsNumber() != null
                        && resident.details().nhsNumber().equals(other.details().nhsNumber());
                duplicates.add(new ResidentView.Duplicate(other, sameNhs ? "nhs_number" : "name_and_date_of_birth"));
            }
        }
        Set<UUID> userIds = new HashSet<>();
        held.forEach(c -> {
            userIds.add(c.recordedBy());
            userIds.add(c.withdrawnBy());
        });
        return new ResidentView(resident, held, residents.mergedInto(resident.id()), duplicates, users.usernames(userIds));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
