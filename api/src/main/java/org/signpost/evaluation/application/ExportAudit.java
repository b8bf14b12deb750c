package org.signpost.evaluation.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.audit.application.AuditLog;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.AuditRecord;
import org.signpost.audit.model.Resource;
import org.signpost.security.model.Actor;

/**
 * Writes evaluation exports and summaries to the audit log: who, when, what, the filters, and the
 * rows released. An export is logged when it starts, committed before the first byte is sent, so
 * a crash part-way still leaves a record; it is logged again when it ends (rows sent, or how it
 * stopped). Refusals are logged as denied.
 */
@Singleton
class ExportAudit {

    static final String RESOURCE = "evaluation_export";

    private final AuditLog log;
    private final Clock clock;

    ExportAudit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    UUID started(Actor actor, String what, Map<String, String> filters, List<String> columns) {
        UUID id = UUID.randomUUID();
        append(actor, id, columns, true, "started " + what + "; filters " + describe(filters));
        return id;
    }

    void finished(Actor actor, UUID id, String what, Map<String, String> filters, long rows, boolean complete, Exception failure) {
        String how = complete ? "finished " + what + ": " + rows + " rows"
                : "stopped " + what + " after " + rows + " rows (" + (failure == null ? "the client went away" : failure.getMessage()) + ")";
        append(actor, id, List.of(), true, how + "; filters " + describe(filters));
    }

    void refused(Actor actor, String what, Map<String, String> filters, String why) {
        append(actor, UUID.randomUUID(), List.of(), false, "refused " + what + ": " + why + "; filters " + describe(filters));
    }

    private void append(Actor actor, UUID id, List<String> fields, boolean allowed, String reason) {
        log.append(List.of(new AuditRecord(0, clock.instant(), actor.userId(), actor.username(), actor.roles(), AuditAction.EXPORT,
                Resource.of(RESOURCE, id, null), fields, null, allowed, reason)));
    }

    private static String describe(Map<String, String> filters) {
        return filters.isEmpty() ? "(none)" : filters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
