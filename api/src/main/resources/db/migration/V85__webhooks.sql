-- Webhooks (org.signpost.webhooks): partner systems of an organisation hear of that organisation's platform events as
-- signed CloudEvents. The signing secret is kept encrypted (AES-GCM, key from signpost.webhooks.encryption-key):
-- Signpost needs it to sign, so it cannot be a one-way hash; it is shown to the subscriber once, at creation.
CREATE TABLE webhook_subscription (
    id                   CHAR(36)      NOT NULL,
    organisation_id      CHAR(36)      NOT NULL,
    url                  VARCHAR(2000) NOT NULL,
    description          VARCHAR(200)  NULL,
    event_types          VARCHAR(4000) NOT NULL DEFAULT '',
    secret_ciphertext    VARCHAR(255)  NOT NULL,
    created_by           CHAR(36)      NULL,
    created_at           DATETIME(6)   NOT NULL,
    consecutive_failures INT           NOT NULL DEFAULT 0,
    disabled_at          DATETIME(6)   NULL,
    disabled_reason      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_subscription_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX ix_webhook_subscription_organisation (organisation_id, disabled_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The delivery log: one row per attempt to send one event to one subscription. A 'delivered' row also tells the
-- subscriber, when the dispatcher retries an event, that this subscription already has it.
CREATE TABLE webhook_delivery_attempt (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    subscription_id CHAR(36)      NOT NULL,
    event_id        CHAR(36)      NOT NULL,
    event_type      VARCHAR(80)   NOT NULL,
    attempt         INT           NOT NULL,
    attempted_at    DATETIME(6)   NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    status_code     INT           NULL,
    error           VARCHAR(1000) NULL,
    duration_ms     INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_attempt_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    INDEX ix_webhook_attempt_event (subscription_id, event_id, outcome)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
