-- HSDS service_area: where a service is offered (a council feed's phone line for one borough).
-- name and description as the source gave them; search reads the outcodes and national words in them
-- (see org.signpost.directory.model.ServiceAreaCoverage).
CREATE TABLE service_area (
    id          CHAR(36)     NOT NULL,
    service_id  CHAR(36)     NOT NULL,
    name        VARCHAR(255) NULL,
    description TEXT         NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_service_area_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    INDEX ix_service_area_service (service_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When the source says its record last changed (ORUK last_modified), as the import last copied it;
-- cleared by any edit made here. The feed publishes it as last_modified, else updated_at.
ALTER TABLE service ADD COLUMN source_modified_at DATETIME(6) NULL;

-- Imports before this kept neither service areas nor the source's dates: forget what each imported
-- record's content was, so the next import of its feed writes it again, areas and dates included.
UPDATE service SET import_fingerprint = NULL WHERE import_fingerprint IS NOT NULL;
