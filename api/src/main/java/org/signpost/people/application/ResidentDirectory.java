package org.signpost.people.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.signpost.people.infrastructure.ConsentRepository;
import org.signpost.people.infrastructure.ResidentRepository;
import org.signpost.people.model.Consent;
import org.signpost.people.model.ConsentKind;
import org.signpost.people.model.Resident;
import org.signpost.people.model.ResidentAccessPolicy;
import org.signpost.people.model.StaffScope;
import org.signpost.platform.rules.Decision;
import org.signpost.security.model.Actor;

/**
 * What other features (referrals, MECC, wellbeing, evaluation) may ask of the people feature.
 * These methods do not audit: a caller that reads personal data through them audits that read
 * (org.signpost.audit.application.PersonalDataAccess). They join the caller's transaction.
 */
@Singleton
public class ResidentDirectory {

    private final ResidentRepository residents;
    private final ConsentRepository consents;
    private final Schemes schemes;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ResidentDirectory(ResidentRepository residents, ConsentRepository consents, Schemes schemes,
            TransactionOperations<Connection> transactions, Clock clock) {
        this.residents = residents;
        this.consents = consents;
        this.schemes = schemes;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Optional<Resident> find(UUID residentId) {
        return transactions.executeRead(status -> residents.find(residentId));
    }

    public Map<UUID, Resident> findAll(Collection<UUID> ids) {
        Map<UUID, Resident> found = new HashMap<>();
        transactions.executeRead(status -> residents.findAll(List.copyOf(ids))).forEach(r -> found.put(r.id(), r));
        return found;
    }

    /** The record of the RESIDENT account, if they have one. */
    public Optional<Resident> ownedBy(UUID userAccountId) {
        return transactions.executeRead(status -> residents.ownedBy(userAccountId));
    }

    /** Scheme staff or the resident themselves. */
    public Decision mayAccess(Actor actor, Resident resident) {
        return ResidentAccessPolicy.mayAccess(actor, schemes.of(actor.userId()), resident);
    }

    /** Scheme staff only. */
    public Decision mayManage(Actor actor, UUID schemeId) {
        return ResidentAccessPolicy.mayManage(actor, schemes.of(actor.userId()), schemeId);
    }

    /** The schemes the caller works on as staff: what a list of episodes or residents may show them (the rule of {@link #mayManage}). */
    public StaffScope staffScope(Actor actor) {
        return StaffScope.of(actor, schemes.of(actor.userId()));
    }

    /** Live records within the scope matching every criterion given (ResidentRepository#search), at most {@code limit}. */
    public List<Resident> search(StaffScope scope, List<String> nameWords, LocalDate dateOfBirth, String nhsNumber, UUID id, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return transactions.executeRead(status -> residents.search(scope.schemes(), nameWords, dateOfBirth, nhsNumber, id, limit));
    }

    public List<Consent> consents(UUID residentId) {
        return transactions.executeRead(status -> consents.of(residentId));
    }

    /** Every consent of these residents, by resident. */
    public Map<UUID, List<Consent>> consents(Collection<UUID> residentIds) {
        Map<UUID, List<Consent>> byResident = new HashMap<>();
        for (Consent consent : transactions.executeRead(status -> consents.ofAll(List.copyOf(residentIds)))) {
            byResident.computeIfAbsent(consent.residentId(), k -> new java.util.ArrayList<>()).add(consent);
        }
        return byResident;
    }

    /** Whether a consent of that kind (for sharing: with that organisation) is in force now. */
    public boolean consentInForce(UUID residentId, ConsentKind kind, UUID organisationId) {
        return consents(residentId).stream().anyMatch(c -> c.covers(kind, organisationId));
    }

    /** Records a consent of this kind when none is in force (inside the caller's write transaction). */
    public void ensureConsent(UUID residentId, ConsentKind kind, UUID organisationId, UUID recordedBy, String note) {
        if (consents.of(residentId).stream().noneMatch(c -> c.covers(kind, organisationId))) {
            consents.insert(new Consent(UUID.randomUUID(), residentId, kind, organisationId, note, recordedBy, clock.instant(),
                    null, null, null));
        }
    }
}
