-- Closed-loop referrals from an episode to a community service in the directory. The state machine
-- lives in org.signpost.referral.model.ReferralTransitions; version guards concurrent transitions.

CREATE TABLE onward_referral (
    id                       CHAR(36)      NOT NULL,
    episode_id               CHAR(36)      NOT NULL,
    resident_id              CHAR(36)      NOT NULL,
    scheme_id                CHAR(36)      NOT NULL,
    service_id               CHAR(36)      NOT NULL,
    -- the service's name when the referral was made (what the resident was told)
    service_name             VARCHAR(255)  NOT NULL,
    -- the service's organisation when the referral was made: its GROUP_EDITORs answer
    organisation_id          CHAR(36)      NOT NULL,
    need_code                VARCHAR(100)  NOT NULL,
    shared_information       VARCHAR(2000) NULL,
    -- draft | sent | accepted | declined | attended | did_not_attend | completed | cancelled
    status                   VARCHAR(20)   NOT NULL,
    place_held               BOOLEAN       NOT NULL DEFAULT FALSE,
    capacity_override_reason VARCHAR(1000) NULL,
    decline_reason           VARCHAR(40)   NULL,
    outcome                  VARCHAR(40)   NULL,
    version                  BIGINT        NOT NULL DEFAULT 1,
    created_by               CHAR(36)      NOT NULL,
    created_at               DATETIME(6)   NOT NULL,
    sent_at                  DATETIME(6)   NULL,
    updated_at               DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_onward_episode FOREIGN KEY (episode_id) REFERENCES episode (id),
    CONSTRAINT fk_onward_service FOREIGN KEY (service_id) REFERENCES service (id),
    INDEX ix_onward_episode (episode_id),
    INDEX ix_onward_resident (resident_id),
    INDEX ix_onward_organisation (organisation_id, status, created_at),
    INDEX ix_onward_sent (status, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE onward_referral_transition (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    referral_id    CHAR(36)      NOT NULL,
    from_status    VARCHAR(20)   NOT NULL,
    to_status      VARCHAR(20)   NOT NULL,
    actor_id       CHAR(36)      NOT NULL,
    actor_username VARCHAR(254)  NOT NULL,
    at             DATETIME(6)   NOT NULL,
    reason         VARCHAR(1000) NULL,
    decline_reason VARCHAR(40)   NULL,
    outcome        VARCHAR(40)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_onward_transition_referral FOREIGN KEY (referral_id) REFERENCES onward_referral (id),
    INDEX ix_onward_transition (referral_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- reached | no_answer | left_message | wrong_number
CREATE TABLE contact_attempt (
    id             CHAR(36)     NOT NULL,
    referral_id    CHAR(36)     NOT NULL,
    outcome        VARCHAR(20)  NOT NULL,
    note           VARCHAR(500) NULL,
    actor_id       CHAR(36)     NOT NULL,
    actor_username VARCHAR(254) NOT NULL,
    at             DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_contact_attempt_referral FOREIGN KEY (referral_id) REFERENCES onward_referral (id),
    INDEX ix_contact_attempt_referral (referral_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
