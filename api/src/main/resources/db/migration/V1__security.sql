-- Users, their roles, and refresh tokens (stored hashed; rotated on every use).
CREATE TABLE user_account (
    id              CHAR(36)     NOT NULL,
    username        VARCHAR(254) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    roles           VARCHAR(200) NOT NULL,
    organisation_id CHAR(36)     NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_user_account_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE refresh_token (
    id         CHAR(36)    NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    user_id    CHAR(36)    NOT NULL,
    family_id  CHAR(36)    NOT NULL,
    issued_at  DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    revoked_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_refresh_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_token_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_refresh_token_family (family_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
