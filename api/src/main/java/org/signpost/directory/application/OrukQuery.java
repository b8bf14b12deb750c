package org.signpost.directory.application;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.signpost.seeds.geo.OutcodeCentroid;

/**
 * The filters of an ORUK list request, checked and resolved (all optional; they combine).
 *
 * @param search      words in name or description
 * @param termIds     tagged with any of these terms (a term and everything below it); null: any
 * @param taxonomyId  tagged with any term of this taxonomy
 * @param minimumAge  the service's minimum age is at least this
 * @param maximumAge  the service's maximum age is at most this
 * @param day         RRULE day code (MO..SU) a schedule runs on
 * @param startTime   a schedule opens at or after this
 * @param endTime     a schedule closes at or before this
 * @param near        order by distance from here (service_at_locations only)
 * @param withinMetres only locations this close to {@code near}
 * @param organisationId only this organisation's services
 * @param modifiedAfter only services whose last_modified is at or after this
 */
public record OrukQuery(String search, Set<UUID> termIds, UUID taxonomyId, Integer minimumAge, Integer maximumAge, String day,
        LocalTime startTime, LocalTime endTime, OutcodeCentroid near, Double withinMetres, UUID organisationId, Instant modifiedAfter,
        int page, int perPage) {

    public long offset() {
        return (long) (page - 1) * perPage;
    }
}
