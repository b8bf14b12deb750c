-- Wellbeing outcomes: a measure completed for a resident at a timepoint of their episode with the
-- social prescribing service. Append-only: a correction is a new record that supersedes the one
-- it corrects (which is kept, never updated or deleted). The resident is reached through the
-- episode, so a merge of two resident records (which moves episodes) carries their outcomes.

CREATE TABLE outcome_record (
    id               CHAR(36)      NOT NULL,
    episode_id       CHAR(36)      NOT NULL,
    -- the measure definition's id and version at the time it was scored (e.g. ons4, "1")
    measure_id       VARCHAR(40)   NOT NULL,
    measure_version  VARCHAR(20)   NOT NULL,
    -- baseline | follow_up | discharge
    timepoint        VARCHAR(20)   NOT NULL,
    -- for follow_up: weeks since the episode started (e.g. 6, 12)
    follow_up_weeks  INT           NULL,
    -- the day the questionnaire was answered (not before the episode started)
    completed_on     DATE          NOT NULL,
    -- {item_id: answer}, every item answered and in range
    answers          JSON          NOT NULL,
    -- link_worker | resident (self-completion from the app, by invitation)
    completed_by     VARCHAR(20)   NOT NULL,
    -- follow_up_without_baseline and similar flags, comma separated; NULL when none
    flags            VARCHAR(200)  NULL,
    -- the record this one corrects; a record is current when no record supersedes it
    supersedes       CHAR(36)      NULL,
    correction_reason VARCHAR(500) NULL,
    recorded_by      CHAR(36)      NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_outcome_supersedes UNIQUE (supersedes),
    CONSTRAINT fk_outcome_episode FOREIGN KEY (episode_id) REFERENCES episode (id),
    CONSTRAINT fk_outcome_supersedes FOREIGN KEY (supersedes) REFERENCES outcome_record (id),
    CONSTRAINT fk_outcome_recorded_by FOREIGN KEY (recorded_by) REFERENCES user_account (id),
    INDEX ix_outcome_episode (episode_id, measure_id, completed_on),
    INDEX ix_outcome_completed (completed_on, measure_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The scores of a record, one row per score of the measure (the total; each ONS4 item; a
-- sub-score), as scored when recorded: exports and summaries read these, never re-score.
CREATE TABLE outcome_score (
    record_id  CHAR(36)      NOT NULL,
    score_key  VARCHAR(60)   NOT NULL,
    -- the raw total before a conversion table (SWEMWBS), else NULL
    raw_value  INT           NULL,
    value      DECIMAL(8, 2) NOT NULL,
    band       VARCHAR(60)   NULL,
    PRIMARY KEY (record_id, score_key),
    CONSTRAINT fk_outcome_score_record FOREIGN KEY (record_id) REFERENCES outcome_record (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An invitation for a resident to complete a measure themselves in the app. Used once.
CREATE TABLE outcome_invitation (
    id               CHAR(36)    NOT NULL,
    episode_id       CHAR(36)    NOT NULL,
    measure_id       VARCHAR(40) NOT NULL,
    timepoint        VARCHAR(20) NOT NULL,
    follow_up_weeks  INT         NULL,
    invited_by       CHAR(36)    NOT NULL,
    invited_at       DATETIME(6) NOT NULL,
    expires_at       DATETIME(6) NOT NULL,
    completed_record CHAR(36)    NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_invitation_episode FOREIGN KEY (episode_id) REFERENCES episode (id),
    CONSTRAINT fk_invitation_record FOREIGN KEY (completed_record) REFERENCES outcome_record (id),
    INDEX ix_invitation_episode (episode_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
