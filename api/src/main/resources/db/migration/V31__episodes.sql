-- Referrals into the social prescribing service: the resident's episode with the service. Outcome
-- measures and evaluation exports join on episode (referral source, needs, practice, time in service).

CREATE TABLE episode (
    id                    CHAR(36)     NOT NULL,
    resident_id           CHAR(36)     NOT NULL,
    scheme_id             CHAR(36)     NOT NULL,
    -- gp_practice | other_professional | council | vcfse | self_referral
    source                VARCHAR(30)  NOT NULL,
    referrer_name         VARCHAR(200) NULL,
    referrer_organisation VARCHAR(255) NULL,
    referrer_ods_code     VARCHAR(10)  NULL,
    practice_ods_code     VARCHAR(10)  NULL,
    reason                TEXT         NOT NULL,
    -- routine | urgent
    urgency               VARCHAR(10)  NOT NULL,
    -- referred | accepted | declined | closed
    status                VARCHAR(20)  NOT NULL,
    decline_reason        VARCHAR(40)  NULL,
    received_on           DATE         NOT NULL,
    accepted_at           DATETIME(6)  NULL,
    ended_at              DATETIME(6)  NULL,
    assigned_to           CHAR(36)     NULL,
    next_contact_due      DATE         NULL,
    version               BIGINT       NOT NULL DEFAULT 1,
    created_by            CHAR(36)     NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_episode_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_episode_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id),
    CONSTRAINT fk_episode_assigned FOREIGN KEY (assigned_to) REFERENCES user_account (id),
    INDEX ix_episode_resident (resident_id),
    INDEX ix_episode_assigned (assigned_to, status),
    INDEX ix_episode_received (received_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE episode_need (
    episode_id CHAR(36)     NOT NULL,
    need_code  VARCHAR(100) NOT NULL,
    position   INT          NOT NULL,
    PRIMARY KEY (episode_id, need_code),
    CONSTRAINT fk_episode_need_episode FOREIGN KEY (episode_id) REFERENCES episode (id),
    INDEX ix_episode_need_code (need_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE episode_transition (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    episode_id     CHAR(36)      NOT NULL,
    from_status    VARCHAR(20)   NOT NULL,
    to_status      VARCHAR(20)   NOT NULL,
    actor_id       CHAR(36)      NOT NULL,
    actor_username VARCHAR(254)  NOT NULL,
    at             DATETIME(6)   NOT NULL,
    decline_reason VARCHAR(40)   NULL,
    reason         VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_episode_transition_episode FOREIGN KEY (episode_id) REFERENCES episode (id),
    INDEX ix_episode_transition (episode_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "What matters to me" conversations.
CREATE TABLE conversation_note (
    id           CHAR(36)    NOT NULL,
    episode_id   CHAR(36)    NOT NULL,
    held_on      DATE        NOT NULL,
    what_matters TEXT        NOT NULL,
    notes        TEXT        NULL,
    recorded_by  CHAR(36)    NOT NULL,
    recorded_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_conversation_episode FOREIGN KEY (episode_id) REFERENCES episode (id),
    INDEX ix_conversation_episode (episode_id, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The personalised plan: goals [{description, target_date, status}] and review dates, versioned.
CREATE TABLE care_plan (
    episode_id   CHAR(36)    NOT NULL,
    goals        JSON        NOT NULL,
    review_dates JSON        NOT NULL,
    version      BIGINT      NOT NULL,
    updated_by   CHAR(36)    NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (episode_id),
    CONSTRAINT fk_care_plan_episode FOREIGN KEY (episode_id) REFERENCES episode (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- SNOMED CT coded events for GP systems; id is the export cursor.
CREATE TABLE coded_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    episode_id  CHAR(36)     NOT NULL,
    resident_id CHAR(36)     NOT NULL,
    scheme_id   CHAR(36)     NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    display     VARCHAR(255) NOT NULL,
    recorded_by CHAR(36)     NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_coded_event_episode FOREIGN KEY (episode_id) REFERENCES episode (id),
    INDEX ix_coded_event_episode (episode_id),
    INDEX ix_coded_event_scheme (scheme_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
