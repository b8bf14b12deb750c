-- Every read of a resident's personal data, allowed or denied, and every write to it: who, which
-- role(s), when, what, which record, which fields, the stated purpose and the outcome.
-- Append-only: the application only inserts and selects; V51 makes the database refuse changes.
CREATE TABLE audit_log (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    at             DATETIME(6)   NOT NULL,
    actor_id       CHAR(36)      NULL,
    actor_username VARCHAR(254)  NOT NULL,
    actor_roles    VARCHAR(200)  NOT NULL,
    -- read | create | update | transition | merge | export
    action         VARCHAR(20)   NOT NULL,
    resource_type  VARCHAR(40)   NOT NULL,
    resource_id    VARCHAR(64)   NULL,
    resident_id    CHAR(36)      NULL,
    fields         JSON          NOT NULL,
    purpose        VARCHAR(40)   NULL,
    -- allowed | denied
    outcome        VARCHAR(10)   NOT NULL,
    reason         VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_resident (resident_id, id),
    INDEX ix_audit_actor (actor_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
