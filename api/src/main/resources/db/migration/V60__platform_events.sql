-- Platform events (org.signpost.platform.events): typed, versioned rows that the event dispatcher delivers to every
-- subscriber (email, SMS, webhooks), with delivery state kept per subscriber so one failing channel holds up no other.

-- Rows written before events had types were never sent and never will be (their news is stale): they are closed here.
ALTER TABLE event_outbox
    ADD COLUMN event_id      CHAR(36)    NULL AFTER id,
    ADD COLUMN event_version INT         NOT NULL DEFAULT 1 AFTER event_type,
    ADD COLUMN process_after DATETIME(6) NULL,
    ADD COLUMN attempts      INT         NOT NULL DEFAULT 0,
    ADD COLUMN last_error    TEXT        NULL,
    ADD COLUMN parked_at     DATETIME(6) NULL;

ALTER TABLE event_outbox RENAME COLUMN published_at TO dispatched_at;

UPDATE event_outbox
   SET event_id = UUID(), process_after = created_at, dispatched_at = COALESCE(dispatched_at, created_at),
       last_error = 'written before events had types: not dispatched';

ALTER TABLE event_outbox
    MODIFY COLUMN event_id CHAR(36) NOT NULL,
    MODIFY COLUMN process_after DATETIME(6) NOT NULL,
    DROP INDEX ix_event_outbox_unpublished,
    ADD CONSTRAINT uq_event_outbox_event UNIQUE (event_id),
    ADD INDEX ix_event_outbox_due (dispatched_at, parked_at, process_after, id);

-- One row per (event, subscriber) once the dispatcher has tried it: delivered, waiting to retry, or parked.
CREATE TABLE event_delivery (
    event_seq     BIGINT       NOT NULL,
    subscriber    VARCHAR(80)  NOT NULL,
    attempts      INT          NOT NULL DEFAULT 0,
    process_after DATETIME(6)  NOT NULL,
    last_error    TEXT         NULL,
    delivered_at  DATETIME(6)  NULL,
    parked_at     DATETIME(6)  NULL,
    PRIMARY KEY (event_seq, subscriber),
    CONSTRAINT fk_event_delivery_event FOREIGN KEY (event_seq) REFERENCES event_outbox (id) ON DELETE CASCADE,
    INDEX ix_event_delivery_parked (parked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
