-- Accounts (issue 13): single-use links (verification, reset, invitation, claim proof), group sign-ups and
-- listing claims. A link's token is never stored: only its SHA-256. A registration keeps only the address, the
-- password's bcrypt hash and the token hash until the address is confirmed; the account exists from then on.
CREATE TABLE account_token (
    id              CHAR(36)      NOT NULL,
    token_hash      CHAR(64)      NOT NULL,
    -- registration | password_reset | staff_invitation | editor_invitation | claim_proof
    purpose         VARCHAR(30)   NOT NULL,
    email           VARCHAR(254)  NOT NULL,
    -- en | cy: the language of the emails that follow
    language        VARCHAR(5)    NOT NULL,
    -- password_reset: the account; invitations: who invited; claim_proof: the claimant
    user_id         CHAR(36)      NULL,
    -- registration only: the chosen password's bcrypt hash
    password_hash   VARCHAR(100)  NULL,
    -- invitations: the role and, for a GROUP_EDITOR, the organisation; comma-separated scheme ids
    role            VARCHAR(20)   NULL,
    organisation_id CHAR(36)      NULL,
    scheme_ids      VARCHAR(2000) NULL,
    -- claim_proof: the claim it proves
    claim_id        CHAR(36)      NULL,
    created_at      DATETIME(6)   NOT NULL,
    expires_at      DATETIME(6)   NOT NULL,
    used_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    INDEX ix_account_token_user (user_id, purpose),
    INDEX ix_account_token_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A group asks to join as a new organisation; the organisation is created (with organisation_id) on approval.
CREATE TABLE group_sign_up (
    id              CHAR(36)      NOT NULL,
    organisation_id CHAR(36)      NOT NULL,
    name            VARCHAR(255)  NOT NULL,
    description     TEXT          NULL,
    email           VARCHAR(254)  NULL,
    website         VARCHAR(2048) NULL,
    note            VARCHAR(1000) NULL,
    requested_by    CHAR(36)      NOT NULL,
    -- pending | approved | rejected
    status          VARCHAR(20)   NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    decided_at      DATETIME(6)   NULL,
    decided_by      CHAR(36)      NULL,
    decision_note   VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_group_sign_up_user FOREIGN KEY (requested_by) REFERENCES user_account (id),
    INDEX ix_group_sign_up_status (status, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Someone claims an existing listing for their group: its organisation becomes theirs to edit once approved.
CREATE TABLE listing_claim (
    id              CHAR(36)      NOT NULL,
    service_id      CHAR(36)      NOT NULL,
    organisation_id CHAR(36)      NOT NULL,
    requested_by    CHAR(36)      NOT NULL,
    proof_email     VARCHAR(254)  NULL,
    note            VARCHAR(1000) NULL,
    -- awaiting_email | pending | approved | rejected
    status          VARCHAR(20)   NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    decided_at      DATETIME(6)   NULL,
    decided_by      CHAR(36)      NULL,
    -- why it was decided: a coordinator's note, or how the claim was proved
    decision_note   VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_listing_claim_service FOREIGN KEY (service_id) REFERENCES service (id),
    CONSTRAINT fk_listing_claim_user FOREIGN KEY (requested_by) REFERENCES user_account (id),
    INDEX ix_listing_claim_status (status, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
