package org.signpost.audit.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.signpost.audit.application.AuditLog;
import org.signpost.audit.model.AuditRecord;
import org.signpost.contract.model.AuditEntry;
import org.signpost.contract.model.AuditEntryAction;
import org.signpost.contract.model.AuditEntryOutcome;
import org.signpost.contract.model.AuditLogPage;
import org.signpost.contract.model.PurposeOfUse;
import org.signpost.contract.model.Role;
import org.signpost.contract.server.AuditApi;

/** The audit log, for administrators. */
@Controller
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController implements AuditApi {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @Override
    public AuditLogPage listAuditLog(UUID residentId, Integer page, Integer perPage) {
        int p = page == null ? 1 : page;
        int s = perPage == null ? 20 : perPage;
        AuditLog.Page found = log.page(Optional.ofNullable(residentId), p, s);
        return new AuditLogPage(found.entries().stream().map(AuditController::entry).toList(), found.total(), p, s);
    }

    private static AuditEntry entry(AuditRecord r) {
        AuditEntry entry = new AuditEntry(r.id(), r.at().atOffset(ZoneOffset.UTC), r.actorUsername(),
                r.actorRoles().stream().map(role -> Role.valueOf(role.name())).sorted().toList(),
                AuditEntryAction.valueOf(r.action().name()), r.resource().type(), r.fields(),
                r.allowed() ? AuditEntryOutcome.ALLOWED : AuditEntryOutcome.DENIED);
        entry.setResourceId(r.resource().id());
        entry.setResidentId(r.resource().residentId());
        if (r.purpose() != null) {
            entry.setPurpose(PurposeOfUse.valueOf(r.purpose().name()));
        }
        entry.setReason(r.reason());
        return entry;
    }
}
