package org.signpost.people.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.people.infrastructure.ConsentRepository;
import org.signpost.people.infrastructure.ResidentRepository;
import org.signpost.people.model.Consent;
import org.signpost.people.model.Resident;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.platform.errors.Violations;
import org.signpost.platform.rules.Decision;

/** Recording and withdrawing a resident's consents (scheme staff, or the resident). */
@Singleton
public class ResidentConsents {

    private static final List<String> FIELDS = List.of("consents");

    private final ResidentRepository residents;
    private final ConsentRepository consents;
    private final ResidentDirectory directory;
    private final ConsentChecks checks;
    private final PersonalDataAccess access;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ResidentConsents(ResidentRepository residents, ConsentRepository consents, ResidentDirectory directory, ConsentChecks checks,
            PersonalDataAccess access, TransactionOperations<Connection> transactions, Clock clock) {
        this.residents = residents;
        this.consents = consents;
        this.directory = directory;
        this.checks = checks;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Consent record(Access who, UUID residentId, ConsentCommand command) {
        Resident resident = allowed(who, residentId);
        Violations violations = new Violations();
        checks.check(List.of(command), "", violations);
        violations.throwIfAny();
        Consent consent = new Consent(UUID.randomUUID(), resident.id(), command.kind(), command.organisationId(), command.note(),
                who.actor().userId(), clock.instant(), null, null, null);
        transactions.executeWrite(status -> {
            consents.insert(consent);
            access.allowed(who, AuditAction.UPDATE, Resource.resident(residentId), FIELDS);
            return null;
        });
        return consent;
    }

    public Consent withdraw(Access who, UUID residentId, UUID consentId, String reason) {
        allowed(who, residentId);
        return transactions.executeWrite(status -> {
            Consent consent = consents.lock(consentId).filter(c -> c.residentId().equals(residentId))
                    .orElseThrow(() -> new NotFoundException("Resident " + residentId + " has no consent " + consentId));
            if (!consent.inForce()) {
                throw new ConflictException("This consent was already withdrawn at " + consent.withdrawnAt());
            }
            consents.withdraw(consentId, who.actor().userId(), clock.instant(), reason);
            access.allowed(who, AuditAction.UPDATE, Resource.resident(residentId), FIELDS);
            return consents.lock(consentId).orElseThrow();
        });
    }

    private Resident allowed(Access who, UUID residentId) {
        Resident resident = transactions.executeRead(status -> residents.find(residentId))
                .orElseThrow(() -> new NotFoundException("No resident " + residentId));
        Decision decision = directory.mayAccess(who.actor(), resident);
        if (decision.denied()) {
            throw access.denied(who, AuditAction.UPDATE, Resource.resident(residentId), decision.reason());
        }
        if (resident.merged()) {
            throw new ConflictException("This record was merged into " + resident.mergedInto() + ": record consents there",
                    java.util.Map.of("merged_into", resident.mergedInto().toString()));
        }
        return resident;
    }
}
