package org.signpost.people.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.people.infrastructure.ConsentRepository;
import org.signpost.people.infrastructure.ResidentRepository;
import org.signpost.people.model.Resident;
import org.signpost.people.model.ResidentAccessPolicy;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.platform.jdbc.Sql;
import org.signpost.platform.rules.Decision;

/**
 * Merges a duplicate record into a surviving one. Nothing is lost: the duplicate stays (marked
 * merged into the survivor), its consents and every participant's history (episodes, referrals,
 * MECC records) move to the survivor, and the survivor's empty identifiers are filled from it.
 */
@Singleton
public class ResidentMerge {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ResidentRepository residents;
    private final ConsentRepository consents;
    private final List<ResidentMergeParticipant> participants;
    private final ResidentRecords records;
    private final Schemes schemes;
    private final PersonalDataAccess access;
    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ResidentMerge(ResidentRepository residents, ConsentRepository consents, List<ResidentMergeParticipant> participants,
            ResidentRecords records, Schemes schemes, PersonalDataAccess access, Sql sql,
            TransactionOperations<Connection> transactions, Clock clock) {
        this.residents = residents;
        this.consents = consents;
        this.participants = participants;
        this.records = records;
        this.schemes = schemes;
        this.access = access;
        this.sql = sql;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ResidentView merge(Access who, UUID survivorId, UUID duplicateId) {
        if (survivorId.equals(duplicateId)) {
            throw new InvalidInputException("duplicate_id", "A record cannot be merged into itself");
        }
        Set<UUID> mine = schemes.of(who.actor().userId());
        Resident survivor = find(survivorId, "No resident " + survivorId);
        Resident duplicate = transactions.executeRead(status -> residents.find(duplicateId))
                .orElseThrow(() -> new InvalidInputException("duplicate_id", "No resident " + duplicateId));
        for (Resident r : List.of(survivor, duplicate)) {
            Decision decision = ResidentAccessPolicy.mayManage(who.actor(), mine, r.schemeId());
            if (decision.denied()) {
                throw access.denied(who, AuditAction.MERGE, Resource.resident(r.id()), decision.reason());
            }
        }
        return transactions.executeWrite(status -> {
            // lock in id order so two merges of the same pair cannot deadlock
            UUID first = survivorId.compareTo(duplicateId) < 0 ? survivorId : duplicateId;
            residents.lock(first);
            residents.lock(first.equals(survivorId) ? duplicateId : survivorId);
            Resident s = residents.find(survivorId).orElseThrow();
            Resident d = residents.find(duplicateId).orElseThrow();
            if (s.merged() || d.merged()) {
                throw new ConflictException("Record " + (s.merged() ? s.id() : d.id()) + " was already merged into "
                        + (s.merged() ? s.mergedInto() : d.mergedInto()), Map.of("merged_into",
                        String.valueOf(s.merged() ? s.mergedInto() : d.mergedInto())));
            }
            Map<String, Integer> moved = new LinkedHashMap<>();
            moved.put("consents", consents.moveTo(duplicateId, survivorId));
            for (ResidentMergeParticipant participant : participants) {
                moved.merge(participant.history(), participant.move(duplicateId, survivorId), Integer::sum);
            }
            residents.markMerged(duplicateId, survivorId, clock.instant());
            residents.absorb(survivorId, d, clock.instant());
            sql.update("INSERT INTO resident_merge (id, survivor_id, merged_id, merged_by, merged_at, moved) VALUES (?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID(), survivorId, duplicateId, who.actor().userId(), clock.instant(), json(moved));
            access.allowed(who, AuditAction.MERGE, Resource.resident(survivorId), ResidentView.FIELDS);
            access.allowed(who, AuditAction.MERGE, Resource.resident(duplicateId), ResidentView.FIELDS);
            return records.view(who, residents.find(survivorId).orElseThrow(), mine);
        });
    }

    private Resident find(UUID id, String missing) {
        return transactions.executeRead(status -> residents.find(id)).orElseThrow(() -> new NotFoundException(missing));
    }

    private static String json(Map<String, Integer> moved) {
        try {
            return JSON.writeValueAsString(moved);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
