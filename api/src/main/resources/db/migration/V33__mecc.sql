-- Making Every Contact Count. The MECC permission is a row here (granted by an ADMIN), not a role:
-- a MECC practitioner keeps whatever role they have (link worker, coordinator, group editor...).
CREATE TABLE mecc_practitioner (
    user_id    CHAR(36)    NOT NULL,
    granted_by CHAR(36)    NOT NULL,
    granted_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_mecc_practitioner_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Anonymous unless resident_id is set (only with the person's consent).
CREATE TABLE mecc_conversation (
    id                    CHAR(36)     NOT NULL,
    held_on               DATE         NOT NULL,
    -- first day of held_on's month: the month dimension of reports
    held_month            DATE         NOT NULL,
    setting               VARCHAR(60)  NOT NULL,
    organisation          VARCHAR(255) NULL,
    practitioner_role     VARCHAR(100) NULL,
    -- very_brief_advice | brief_advice | brief_intervention
    level                 VARCHAR(30)  NOT NULL,
    -- information_given | signposted | referred | declined
    action                VARCHAR(30)  NOT NULL,
    signposted_service_id CHAR(36)     NULL,
    stated_intention      VARCHAR(30)  NOT NULL,
    resident_id           CHAR(36)     NULL,
    recorded_by           CHAR(36)     NOT NULL,
    recorded_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_mecc_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    INDEX ix_mecc_held_on (held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mecc_conversation_topic (
    conversation_id CHAR(36)    NOT NULL,
    topic           VARCHAR(60) NOT NULL,
    PRIMARY KEY (conversation_id, topic),
    CONSTRAINT fk_mecc_topic_conversation FOREIGN KEY (conversation_id) REFERENCES mecc_conversation (id),
    INDEX ix_mecc_topic (topic)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
