-- Notifications (org.signpost.notifications): how each person wants to hear of things, what they turned off, and which
-- messages an event has already produced (delivery is at least once: a retried event skips the people already told).
-- Nothing here holds a message's words or an address: the address is the person's account's, read when sending.

-- One row per user who chose something; no row means email, in English, everything on.
CREATE TABLE notification_preference (
    user_id    CHAR(36)    NOT NULL,
    -- email | sms | none (none still sends what is essential, by email)
    channel    VARCHAR(10) NOT NULL DEFAULT 'email',
    -- E.164-ish number for SMS; NULL when none is held
    phone      VARCHAR(20) NULL,
    -- en | cy
    language   VARCHAR(5)  NOT NULL DEFAULT 'en',
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A message (template key) a user turned off, through their preferences or a one-click unsubscribe. Essential
-- messages are never turned off, whatever this table says.
CREATE TABLE notification_opt_out (
    user_id      CHAR(36)    NOT NULL,
    template_key VARCHAR(80) NOT NULL,
    opted_out_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, template_key),
    CONSTRAINT fk_notification_opt_out_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What an event produced for whom: written right after the channel took the message, so a retry of the event (another
-- recipient failed) does not send it twice. channel: email | sms | skipped (opted out, no address, channel none).
CREATE TABLE notification_sent (
    event_id     CHAR(36)    NOT NULL,
    user_id      CHAR(36)    NOT NULL,
    template_key VARCHAR(80) NOT NULL,
    channel      VARCHAR(10) NOT NULL,
    sent_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (event_id, user_id),
    INDEX ix_notification_sent_at (sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
