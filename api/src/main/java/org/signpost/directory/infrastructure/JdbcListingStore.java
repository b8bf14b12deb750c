package org.signpost.directory.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.signpost.directory.application.ListingStore;
import org.signpost.directory.application.ReferralsAtService;
import org.signpost.directory.model.ListingContent;
import org.signpost.directory.model.ServiceListing;
import org.signpost.platform.jdbc.Sql;

/** {@link ListingStore}: the service row here, its parts in {@link JdbcListingParts}. */
@Singleton
class JdbcListingStore implements ListingStore {

    /** Any edit here supersedes the source's own last-modified date (source_modified_at, V57). */
    private static final String VERSIONED = " version = version + 1, updated_at = ?, source_modified_at = NULL"
            + " WHERE id = ? AND version = ? AND deleted_at IS NULL";

    private final Sql sql;
    private final JdbcListingParts parts;
    private final ReferralsAtService referrals;

    JdbcListingStore(Sql sql, JdbcListingParts parts, ReferralsAtService referrals) {
        this.sql = sql;
        this.parts = parts;
        this.referrals = referrals;
    }

    @Override
    public void insert(UUID id, ListingContent c, Instant now, LocalDate assuredDate) {
        sql.update("INSERT INTO service (" + ListingTables.SERVICE_COLUMNS + ", capacity_available, capacity_maximum,"
                + " capacity_updated_at, assured_date, id, verification, version, created_at, updated_at) VALUES ("
                + ListingTables.SERVICE_PLACEHOLDERS + ", ?, ?, ?, ?, ?, 'draft', 1, ?, ?)",
                ListingTables.serviceRow(c, free(c, 0), maximum(c), c.capacity() == null ? null : now, assuredDate, id, now, now));
        parts.write(null, id, c, now);
    }

    @Override
    public boolean update(ServiceListing current, ListingContent c, Instant now) {
        ServiceListing.Capacity was = current.capacity();
        // free places are derived from the referrals holding them, never taken from the content: an edit or a restore of
        // an older version cannot hand back a place an accepted referral holds. Concurrent acceptances bump the version
        // (ServiceCapacity), so this count and the version checked below belong together.
        Integer free = c.capacity() == null || c.capacity().maximum() == null ? free(c, 0) : free(c, referrals.placesHeld(current.id()));
        boolean capacityChanged = !Objects.equals(free, was == null ? null : was.available())
                || !Objects.equals(maximum(c), was == null ? null : was.maximum());
        Instant capacityUpdated = capacityChanged ? (c.capacity() == null ? null : now) : (was == null ? null : was.updatedAt());
        int rows = sql.update("UPDATE service SET " + ListingTables.SERVICE_ASSIGNMENTS + ", capacity_available = ?,"
                + " capacity_maximum = ?, capacity_updated_at = ?," + VERSIONED,
                ListingTables.serviceRow(c, free, maximum(c), capacityUpdated, now, current.id(), current.version()));
        if (rows == 0) {
            return false;
        }
        parts.write(current, current.id(), c, now);
        return true;
    }

    @Override
    public boolean touch(UUID id, long expectedVersion, Instant now) {
        return sql.update("UPDATE service SET" + VERSIONED, now, id, expectedVersion) == 1;
    }

    @Override
    public boolean verify(UUID id, long expectedVersion, UUID by, Instant now, LocalDate today) {
        return sql.update("UPDATE service SET verification = 'verified', verified_at = ?, verified_by = ?, assured_date = ?," + VERSIONED,
                now, by, today, now, id, expectedVersion) == 1;
    }

    @Override
    public boolean confirm(UUID id, long expectedVersion, Instant now, LocalDate today) {
        return sql.update("UPDATE service SET assured_date = ?," + VERSIONED, today, now, id, expectedVersion) == 1;
    }

    @Override
    public boolean delete(UUID id, long expectedVersion, Instant now) {
        return sql.update("UPDATE service SET deleted_at = ?," + VERSIONED, now, now, id, expectedVersion) == 1;
    }

    /** Places free: the maximum less those held, never below 0; without a maximum, the figure the content carries. */
    private static Integer free(ListingContent c, int held) {
        if (c.capacity() == null) {
            return null;
        }
        return c.capacity().maximum() == null ? c.capacity().available() : Math.max(0, c.capacity().maximum() - held);
    }

    private static Integer maximum(ListingContent c) {
        return c.capacity() == null ? null : c.capacity().maximum();
    }
}
