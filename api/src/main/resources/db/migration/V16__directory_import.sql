-- Importing Open Referral UK feeds (directory: ORUK import).
--
-- import_fingerprint: SHA-256 of the record as last imported (its canonical ORUK JSON plus the
-- resolved taxonomy terms). A re-import compares it and writes nothing for an unchanged record:
-- no version bump, no history row, no search outbox row.
ALTER TABLE service ADD COLUMN import_fingerprint CHAR(64) NULL;

-- Real feeds carry longer values than the first schema allowed (ORUK's own limits are wider).
ALTER TABLE location MODIFY city VARCHAR(255) NULL;
ALTER TABLE location MODIFY region VARCHAR(255) NULL;
ALTER TABLE location MODIFY postal_code VARCHAR(50) NULL;
ALTER TABLE cost_option MODIFY amount_description TEXT NULL;
ALTER TABLE contact MODIFY phone VARCHAR(50) NULL;
ALTER TABLE service_language MODIFY code VARCHAR(50) NULL;
ALTER TABLE schedule MODIFY attending_type VARCHAR(255) NULL;

-- One row per import run: what was read, written and refused (the seed loader also asks it
-- whether a source was ever loaded).
CREATE TABLE directory_import (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    source       VARCHAR(60)  NOT NULL,
    verified     BOOLEAN      NOT NULL,
    records      INT          NOT NULL,
    inserted     INT          NOT NULL,
    updated      INT          NOT NULL,
    unchanged    INT          NOT NULL,
    rejected     INT          NOT NULL,
    warnings     INT          NOT NULL,
    elapsed_ms   BIGINT       NOT NULL,
    imported_by  CHAR(36)     NULL,
    started_at   DATETIME(6)  NOT NULL,
    finished_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_directory_import_source (source, finished_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ORUK read API pages in SQL: a venue's coordinates for proximity (bounding box first), and
-- the published-listing order.
CREATE INDEX ix_location_coordinates ON location (latitude, longitude);
CREATE INDEX ix_service_published_name ON service (verification, status, name);
