-- Listing management (issue 3): what the V10 schema lacked for groups, coordinators and admins
-- keeping listings true.

-- 1. Owned parts keep the order the editor gave them. Their ids are random UUIDs, so ordering
--    by id shuffled a listing's locations, schedules, costs and contacts on every read, and
--    `locations[0]` in an error could name a different location from the one shown.
--    Rows written by importers that do not set it keep 0 and fall back to id order.
ALTER TABLE service_at_location ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
ALTER TABLE accessibility ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
ALTER TABLE schedule ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
ALTER TABLE cost_option ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
ALTER TABLE contact ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
ALTER TABLE service_language ADD COLUMN sort_order INT NOT NULL DEFAULT 0;

-- 2. The taxonomy seed loader must never overwrite an ADMIN's edit of a term: an edited term
--    carries who edited it and when, and the loader leaves such terms alone for good.
ALTER TABLE taxonomy_term ADD COLUMN edited_at DATETIME(6) NULL;
ALTER TABLE taxonomy_term ADD COLUMN edited_by CHAR(36) NULL;

-- 3. A coordinator may say why a held change was rejected (or approved); coordinators list
--    what is pending across all services, oldest first.
ALTER TABLE pending_change ADD COLUMN decision_note VARCHAR(1000) NULL;
CREATE INDEX ix_pending_state ON pending_change (state, proposed_at);

-- 4. History says which version a restore brought back, and which fields of an edit were held
--    for review (comma-separated review-policy keys).
ALTER TABLE service_history ADD COLUMN restored_from BIGINT NULL;
ALTER TABLE service_history ADD COLUMN held_fields VARCHAR(400) NULL;

-- 5. Staleness marks: the scheduled review job writes a listing.review_due event once per
--    listing per due period, and enqueues a search update once when a listing passes the
--    hide-after limit (nothing else changes then, so nothing else would tell the indexer).
--    A period is identified by the assured_date it is measured from; a never-assured listing
--    uses 1000-01-01. The primary key makes "once" hold across concurrent instances.
CREATE TABLE service_staleness_mark (
    service_id   CHAR(36)    NOT NULL,
    -- review_due | hidden
    kind         VARCHAR(20) NOT NULL,
    assured_date DATE        NOT NULL,
    marked_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (service_id, kind, assured_date),
    CONSTRAINT fk_staleness_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 6. Due-for-review and staleness sweeps read verified listings by assured_date.
CREATE INDEX ix_service_review ON service (verification, assured_date);
