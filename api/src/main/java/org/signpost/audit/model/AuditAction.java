package org.signpost.audit.model;

/** What was done to the personal data. */
public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    TRANSITION,
    MERGE,
    EXPORT;

    public String wire() {
        return name().toLowerCase();
    }
}
