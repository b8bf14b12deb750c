-- People: social prescribing schemes (who may see whose records) and resident records with consents.
-- A resident belongs to one scheme; link workers and coordinators who are members of that scheme may
-- read the record. Merging keeps the merged record (merged_into set) and moves its history over.

CREATE TABLE scheme (
    id         CHAR(36)     NOT NULL,
    name       VARCHAR(255) NOT NULL,
    ods_code   VARCHAR(10)  NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scheme_member (
    scheme_id CHAR(36)    NOT NULL,
    user_id   CHAR(36)    NOT NULL,
    added_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (scheme_id, user_id),
    CONSTRAINT fk_scheme_member_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id),
    CONSTRAINT fk_scheme_member_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_scheme_member_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resident (
    id                   CHAR(36)     NOT NULL,
    scheme_id            CHAR(36)     NOT NULL,
    -- the RESIDENT account that is this person, when they have one
    user_account_id      CHAR(36)     NULL,
    given_name           VARCHAR(100) NOT NULL,
    family_name          VARCHAR(100) NOT NULL,
    preferred_name       VARCHAR(100) NULL,
    date_of_birth        DATE         NOT NULL,
    -- NHS Data Dictionary person stated gender: female | male | indeterminate | not_known
    sex                  VARCHAR(20)  NULL,
    postcode             VARCHAR(10)  NOT NULL,
    phone                VARCHAR(20)  NULL,
    email                VARCHAR(254) NULL,
    address              VARCHAR(500) NULL,
    -- phone | text | email | letter | in_person
    contact_method       VARCHAR(20)  NOT NULL,
    contact_notes        VARCHAR(500) NULL,
    nhs_number           CHAR(10)     NULL,
    gp_practice_ods_code VARCHAR(10)  NULL,
    -- lower-cased given name, family name (all whitespace removed) and date of birth: duplicate detection
    match_key            VARCHAR(220) NOT NULL,
    merged_into          CHAR(36)     NULL,
    version              BIGINT       NOT NULL DEFAULT 1,
    created_by           CHAR(36)     NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_resident_account UNIQUE (user_account_id),
    CONSTRAINT fk_resident_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id),
    CONSTRAINT fk_resident_account FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT fk_resident_merged_into FOREIGN KEY (merged_into) REFERENCES resident (id),
    INDEX ix_resident_nhs_number (nhs_number),
    INDEX ix_resident_match_key (match_key),
    INDEX ix_resident_scheme (scheme_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- contact | share_with_provider (organisation_id set) | pseudonymised_evaluation. Never deleted:
-- a withdrawal is recorded on the row.
CREATE TABLE resident_consent (
    id                CHAR(36)     NOT NULL,
    resident_id       CHAR(36)     NOT NULL,
    kind              VARCHAR(40)  NOT NULL,
    organisation_id   CHAR(36)     NULL,
    note              VARCHAR(500) NULL,
    recorded_by       CHAR(36)     NOT NULL,
    recorded_at       DATETIME(6)  NOT NULL,
    withdrawn_by      CHAR(36)     NULL,
    withdrawn_at      DATETIME(6)  NULL,
    withdrawal_reason VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consent_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_consent_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX ix_consent_resident (resident_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which record was merged into which, by whom, and what moved with it.
CREATE TABLE resident_merge (
    id          CHAR(36)    NOT NULL,
    survivor_id CHAR(36)    NOT NULL,
    merged_id   CHAR(36)    NOT NULL,
    merged_by   CHAR(36)    NOT NULL,
    merged_at   DATETIME(6) NOT NULL,
    moved       JSON        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_resident_merge_merged UNIQUE (merged_id),
    CONSTRAINT fk_merge_survivor FOREIGN KEY (survivor_id) REFERENCES resident (id),
    CONSTRAINT fk_merge_merged FOREIGN KEY (merged_id) REFERENCES resident (id),
    INDEX ix_merge_survivor (survivor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
