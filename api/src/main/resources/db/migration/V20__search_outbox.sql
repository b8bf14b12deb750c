-- The search indexer's transactional outbox: one row per change to what search shows, written in
-- the same transaction as the change. The indexer locks a batch, reloads each service's current
-- state, bulk-writes it, then deletes the rows. A row that keeps failing is parked with its error.
CREATE TABLE search_outbox (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    service_id    CHAR(36)    NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    process_after DATETIME(6) NOT NULL,
    attempts      INT         NOT NULL DEFAULT 0,
    last_error    TEXT        NULL,
    parked_at     DATETIME(6) NULL,
    PRIMARY KEY (id),
    INDEX ix_search_outbox_due (parked_at, process_after, id),
    INDEX ix_search_outbox_service (service_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- At most one active indexer per partition: a lease row an instance renews while it works.
CREATE TABLE indexer_lease (
    name        VARCHAR(60)  NOT NULL,
    holder      VARCHAR(120) NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
