-- The community asset directory, in the shape of Open Referral UK / HSDS 3.0.
-- Ids are UUIDs (CHAR(36)), as ORUK requires. `source` + `source_id` record where an imported
-- record came from, so a re-import upserts instead of duplicating. Every table that a listing edit
-- touches carries the owning service's id, so one service can be reloaded in a few indexed reads.

CREATE TABLE organisation (
    id                     CHAR(36)      NOT NULL,
    name                   VARCHAR(255)  NOT NULL,
    description            TEXT          NULL,
    email                  VARCHAR(254)  NULL,
    website                VARCHAR(2048) NULL,
    logo                   VARCHAR(2048) NULL,
    parent_organisation_id CHAR(36)      NULL,
    source                 VARCHAR(60)   NOT NULL DEFAULT 'signpost',
    source_id              VARCHAR(255)  NULL,
    version                BIGINT        NOT NULL DEFAULT 1,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_source UNIQUE (source, source_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE user_account
    ADD CONSTRAINT fk_user_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);

CREATE TABLE service (
    id                      CHAR(36)      NOT NULL,
    organisation_id         CHAR(36)      NOT NULL,
    name                    VARCHAR(255)  NOT NULL,
    description             TEXT          NULL,
    url                     VARCHAR(2048) NULL,
    email                   VARCHAR(254)  NULL,
    -- HSDS: active | inactive | defunct | temporarily closed
    status                  VARCHAR(20)   NOT NULL,
    fees_description        TEXT          NULL,
    minimum_age             INT           NULL,
    maximum_age             INT           NULL,
    eligibility_description TEXT          NULL,
    alert                   TEXT          NULL,
    -- ORUK assured_date: the last time someone confirmed the listing is true
    assured_date            DATE          NULL,
    assurer_email           VARCHAR(254)  NULL,
    -- JSON array of in_person | online | phone
    delivery_modes          JSON          NOT NULL,
    -- self_referral | link_worker_referral | both
    referral_route          VARCHAR(30)   NOT NULL DEFAULT 'both',
    capacity_available      INT           NULL,
    capacity_maximum        INT           NULL,
    capacity_updated_at     DATETIME(6)   NULL,
    -- draft (never verified) | verified
    verification            VARCHAR(20)   NOT NULL DEFAULT 'draft',
    verified_at             DATETIME(6)   NULL,
    verified_by             CHAR(36)      NULL,
    deleted_at              DATETIME(6)   NULL,
    source                  VARCHAR(60)   NOT NULL DEFAULT 'signpost',
    source_id               VARCHAR(255)  NULL,
    -- bumped by every change to the service or anything it owns; the search index's external version
    version                 BIGINT        NOT NULL DEFAULT 1,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_service_source UNIQUE (source, source_id),
    CONSTRAINT fk_service_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX ix_service_organisation (organisation_id),
    INDEX ix_service_assured (verification, status, assured_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE location (
    id              CHAR(36)      NOT NULL,
    organisation_id CHAR(36)      NULL,
    -- physical | postal | virtual
    location_type   VARCHAR(20)   NOT NULL DEFAULT 'physical',
    name            VARCHAR(255)  NULL,
    description     TEXT          NULL,
    latitude        DECIMAL(9, 6) NULL,
    longitude       DECIMAL(9, 6) NULL,
    address_1       VARCHAR(255)  NULL,
    address_2       VARCHAR(255)  NULL,
    city            VARCHAR(120)  NULL,
    region          VARCHAR(120)  NULL,
    postal_code     VARCHAR(10)   NULL,
    country         CHAR(2)       NULL,
    source          VARCHAR(60)   NOT NULL DEFAULT 'signpost',
    source_id       VARCHAR(255)  NULL,
    version         BIGINT        NOT NULL DEFAULT 1,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_location_source UNIQUE (source, source_id),
    CONSTRAINT fk_location_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE accessibility (
    id          CHAR(36)      NOT NULL,
    location_id CHAR(36)      NOT NULL,
    -- a short code a filter can use (step_free, hearing_loop, accessible_toilet, parking, ...) or null
    code        VARCHAR(40)   NULL,
    description TEXT          NULL,
    details     TEXT          NULL,
    url         VARCHAR(2048) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_accessibility_location FOREIGN KEY (location_id) REFERENCES location (id) ON DELETE CASCADE,
    INDEX ix_accessibility_location (location_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_at_location (
    id          CHAR(36)    NOT NULL,
    service_id  CHAR(36)    NOT NULL,
    location_id CHAR(36)    NOT NULL,
    description TEXT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_service_at_location UNIQUE (service_id, location_id),
    CONSTRAINT fk_sal_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    CONSTRAINT fk_sal_location FOREIGN KEY (location_id) REFERENCES location (id),
    INDEX ix_sal_location (location_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- RRULE-style recurrence (HSDS schedule). Belongs to a service and optionally one of its locations.
CREATE TABLE schedule (
    id                     CHAR(36)     NOT NULL,
    service_id             CHAR(36)     NOT NULL,
    service_at_location_id CHAR(36)     NULL,
    -- WEEKLY | MONTHLY
    freq                   VARCHAR(10)  NULL,
    interval_count         INT          NULL,
    -- e.g. TU | MO,WE | 2TU | -1FR
    byday                  VARCHAR(60)  NULL,
    bymonthday             VARCHAR(60)  NULL,
    dtstart                DATE         NULL,
    valid_from             DATE         NULL,
    valid_to               DATE         NULL,
    opens_at               TIME         NULL,
    closes_at              TIME         NULL,
    description            TEXT         NULL,
    -- in_person | online | phone
    attending_type         VARCHAR(20)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_schedule_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    CONSTRAINT fk_schedule_sal FOREIGN KEY (service_at_location_id) REFERENCES service_at_location (id) ON DELETE CASCADE,
    INDEX ix_schedule_service (service_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cost_option (
    id                 CHAR(36)       NOT NULL,
    service_id         CHAR(36)       NOT NULL,
    option_label       VARCHAR(255)   NULL,
    amount             DECIMAL(10, 2) NULL,
    amount_description VARCHAR(255)   NULL,
    currency           CHAR(3)        NOT NULL DEFAULT 'GBP',
    PRIMARY KEY (id),
    CONSTRAINT fk_cost_option_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    INDEX ix_cost_option_service (service_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact (
    id         CHAR(36)     NOT NULL,
    service_id CHAR(36)     NOT NULL,
    name       VARCHAR(255) NULL,
    title      VARCHAR(255) NULL,
    email      VARCHAR(254) NULL,
    phone      VARCHAR(40)  NULL,
    -- false: shown to link workers only
    public     BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT fk_contact_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    INDEX ix_contact_service (service_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_language (
    id         CHAR(36)     NOT NULL,
    service_id CHAR(36)     NOT NULL,
    name       VARCHAR(100) NOT NULL,
    code       VARCHAR(20)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_language_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    INDEX ix_language_service (service_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE taxonomy (
    id          CHAR(36)      NOT NULL,
    name        VARCHAR(255)  NOT NULL,
    description TEXT          NULL,
    uri         VARCHAR(2048) NULL,
    version     VARCHAR(40)   NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Terms have a stable external code and a parent tree. keywords: JSON array of what residents type.
CREATE TABLE taxonomy_term (
    id          CHAR(36)      NOT NULL,
    taxonomy_id CHAR(36)      NOT NULL,
    code        VARCHAR(100)  NOT NULL,
    name        VARCHAR(255)  NOT NULL,
    description TEXT          NULL,
    parent_id   CHAR(36)      NULL,
    term_uri    VARCHAR(2048) NULL,
    keywords    JSON          NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT uq_taxonomy_term_code UNIQUE (code),
    CONSTRAINT fk_term_taxonomy FOREIGN KEY (taxonomy_id) REFERENCES taxonomy (id),
    CONSTRAINT fk_term_parent FOREIGN KEY (parent_id) REFERENCES taxonomy_term (id),
    INDEX ix_term_parent (parent_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- HSDS attribute: a service tagged with a term (the term itself; ancestors are derived).
CREATE TABLE service_taxonomy_term (
    service_id CHAR(36) NOT NULL,
    term_id    CHAR(36) NOT NULL,
    PRIMARY KEY (service_id, term_id),
    CONSTRAINT fk_stt_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    CONSTRAINT fk_stt_term FOREIGN KEY (term_id) REFERENCES taxonomy_term (id),
    INDEX ix_stt_term (term_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change to a listing: who, when, and the whole listing before and after.
CREATE TABLE service_history (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    service_id  CHAR(36)    NOT NULL,
    version     BIGINT      NOT NULL,
    change_kind VARCHAR(30) NOT NULL,
    changed_by  CHAR(36)    NULL,
    changed_at  DATETIME(6) NOT NULL,
    before_doc  JSON        NULL,
    after_doc   JSON        NULL,
    PRIMARY KEY (id),
    INDEX ix_service_history (service_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Edits a group made to a verified listing that the field policy holds for review.
CREATE TABLE pending_change (
    id            CHAR(36)     NOT NULL,
    service_id    CHAR(36)     NOT NULL,
    field         VARCHAR(60)  NOT NULL,
    proposed      JSON         NOT NULL,
    base_version  BIGINT       NOT NULL,
    proposed_by   CHAR(36)     NOT NULL,
    proposed_at   DATETIME(6)  NOT NULL,
    -- pending | approved | rejected | superseded
    state         VARCHAR(20)  NOT NULL DEFAULT 'pending',
    decided_by    CHAR(36)     NULL,
    decided_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pending_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    INDEX ix_pending_service (service_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Domain events for notifications and other systems (due-for-review reminders, referral
-- transitions for GP messages), written in the same transaction as the change they report.
CREATE TABLE event_outbox (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    aggregate_type VARCHAR(40)  NOT NULL,
    aggregate_id   CHAR(36)     NOT NULL,
    event_type     VARCHAR(60)  NOT NULL,
    payload        JSON         NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    published_at   DATETIME(6)  NULL,
    PRIMARY KEY (id),
    INDEX ix_event_outbox_unpublished (published_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
