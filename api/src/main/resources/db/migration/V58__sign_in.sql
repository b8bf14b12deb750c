-- A sign-in: one successful password check and everything issued from it. Its id is the refresh-token
-- family and the access token's "sid" claim; every authenticated request looks it up, so ending a sign-in
-- (sign out, a replayed refresh token, a disabled user) refuses its access tokens from the next request.
-- expires_at is absolute: refreshing never moves it. Refresh tokens issued before this migration have no
-- sign-in row and are refused: users sign in again once after the upgrade.
CREATE TABLE sign_in (
    id         CHAR(36)    NOT NULL,
    user_id    CHAR(36)    NOT NULL,
    started_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    ended_at   DATETIME(6) NULL,
    end_reason VARCHAR(40) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_sign_in_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_sign_in_user (user_id, ended_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
