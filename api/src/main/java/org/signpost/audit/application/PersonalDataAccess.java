package org.signpost.audit.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.AuditRecord;
import org.signpost.audit.model.Purpose;
import org.signpost.audit.model.PurposePolicy;
import org.signpost.audit.model.Resource;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.rules.Decision;
import org.signpost.security.model.Actor;

/**
 * The gate to a resident's personal data: checks the stated purpose, and writes every access,
 * allowed or denied, to the audit log. Use cases call {@link #open} first, then {@link #allowed}
 * or {@link #denied} once they know what was (or was not) read.
 */
@Singleton
public class PersonalDataAccess {

    private final AuditLog log;
    private final Clock clock;

    PersonalDataAccess(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * The caller and their purpose, when they stated one their role may state. Otherwise the
     * refusal is audited and thrown: 400 naming the header when none or an unknown one was stated,
     * 403 when the role may not state it.
     */
    public Access open(Actor actor, String statedPurpose, AuditAction action, Resource resource) {
        Optional<Purpose> purpose = Purpose.parse(statedPurpose);
        if (purpose.isEmpty()) {
            String detail = statedPurpose == null || statedPurpose.isBlank()
                    ? "State why you are reading personal data: one of " + List.of(Purpose.values())
                    : "Not a purpose of use: " + statedPurpose.trim() + "; one of " + List.of(Purpose.values());
            record(actor, null, action, resource, List.of(), false, statedPurpose == null ? "no purpose stated" : "unknown purpose");
            throw new InvalidInputException(Purpose.HEADER, detail);
        }
        Decision decision = PurposePolicy.mayState(actor.roles(), purpose.get());
        if (decision.denied()) {
            record(actor, purpose.get(), action, resource, List.of(), false, decision.reason());
            throw new ForbiddenException(decision.reason());
        }
        return new Access(actor, purpose.get());
    }

    /** Records an allowed access (joins the caller's transaction when there is one). */
    public void allowed(Access access, AuditAction action, Resource resource, List<String> fields) {
        record(access.actor(), access.purpose(), action, resource, fields, true, null);
    }

    /** Records allowed reads of several records at once (a list, a caseload, an export page). */
    public void allowedEach(Access access, AuditAction action, List<Resource> resources, List<String> fields) {
        List<AuditRecord> records = new ArrayList<>(resources.size());
        for (Resource resource : resources) {
            records.add(record(access.actor(), access.purpose(), action, resource, fields, true, null, false));
        }
        log.append(records);
    }

    /** Records the denial and answers the exception to throw (call outside any transaction that will roll back). */
    public ForbiddenException denied(Access access, AuditAction action, Resource resource, String reason) {
        record(access.actor(), access.purpose(), action, resource, List.of(), false, reason);
        return new ForbiddenException(reason);
    }

    private void record(Actor actor, Purpose purpose, AuditAction action, Resource resource, List<String> fields, boolean allowed,
            String reason) {
        record(actor, purpose, action, resource, fields, allowed, reason, true);
    }

    private AuditRecord record(Actor actor, Purpose purpose, AuditAction action, Resource resource, List<String> fields,
            boolean allowed, String reason, boolean write) {
        AuditRecord record = new AuditRecord(0, clock.instant(), actor.userId(), actor.username(), actor.roles(), action, resource,
                fields, purpose, allowed, reason);
        if (write) {
            log.append(List.of(record));
        }
        return record;
    }
}
