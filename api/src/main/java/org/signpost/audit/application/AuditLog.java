package org.signpost.audit.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.audit.infrastructure.AuditLogRepository;
import org.signpost.audit.model.AuditRecord;

/**
 * Appends to the audit log. Inside a transaction the entry commits (or not) with the change it
 * describes; outside one it commits on its own before the caller returns any data.
 */
@Singleton
public class AuditLog {

    /** One page of entries, newest first. */
    public record Page(int page, int size, long total, List<AuditRecord> entries) {
    }

    private final AuditLogRepository repository;
    private final TransactionOperations<Connection> transactions;

    AuditLog(AuditLogRepository repository, TransactionOperations<Connection> transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    public void append(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        transactions.executeWrite(status -> {
            repository.insert(records);
            return null;
        });
    }

    public Page page(Optional<UUID> resident, int page, int size) {
        return transactions.executeRead(status -> new Page(page, size, repository.count(resident),
                repository.page(resident, (long) (page - 1) * size, size)));
    }
}
