package org.signpost.directory.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.signpost.directory.application.OrukQuery;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.platform.jdbc.Sql;

/**
 * The WHERE clause of the ORUK list reads: the public rule (ResidentVisibility's, as its
 * {@link ResidentVisibility.Criteria#sql} states it) and the request's filters, with their parameters in order. Over alias {@code s} (service) and, for places, {@code l} (location).
 */
final class PublishedFilter {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;
    private static final double METRES_PER_DEGREE_LATITUDE = 111_320;

    private final StringBuilder where;
    private final List<Object> parameters = new ArrayList<>();
    private String distance;
    private final List<Object> distanceParameters = new ArrayList<>();

    private PublishedFilter(ResidentVisibility.Criteria published) {
        ResidentVisibility.SqlFilter rule = published.sql("s");
        where = new StringBuilder(rule.where());
        parameters.addAll(rule.parameters());
    }

    static PublishedFilter of(OrukQuery q, ResidentVisibility.Criteria published, boolean places) {
        PublishedFilter f = new PublishedFilter(published);
        if (q.search() != null) {
            for (String word : q.search().split("\\s+")) {
                String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                f.and("(s.name LIKE ? OR s.description LIKE ?)", like, like);
            }
        }
        if (q.termIds() != null) {
            List<UUID> terms = List.copyOf(q.termIds());
            f.and("EXISTS (SELECT 1 FROM service_taxonomy_term st WHERE st.service_id = s.id AND st.term_id IN ("
                    + Sql.placeholders(terms.size()) + "))", terms.toArray());
        }
        if (q.taxonomyId() != null) {
            f.and("EXISTS (SELECT 1 FROM service_taxonomy_term st JOIN taxonomy_term tt ON tt.id = st.term_id"
                    + " WHERE st.service_id = s.id AND tt.taxonomy_id = ?)", q.taxonomyId());
        }
        if (q.organisationId() != null) {
            f.and("s.organisation_id = ?", q.organisationId().toString());
        }
        if (q.modifiedAfter() != null) {
            f.and("s.updated_at >= ?", java.sql.Timestamp.from(q.modifiedAfter()));
        }
        if (q.minimumAge() != null) {
            f.and("s.minimum_age >= ?", q.minimumAge());
        }
        if (q.maximumAge() != null) {
            f.and("s.maximum_age <= ?", q.maximumAge());
        }
        if (q.day() != null || q.startTime() != null || q.endTime() != null) {
            StringBuilder schedule = new StringBuilder("EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_id = s.id");
            List<Object> values = new ArrayList<>();
            if (q.day() != null) {
                schedule.append(" AND sc.byday LIKE ?");
                values.add("%" + q.day() + "%");
            }
            if (q.startTime() != null) {
                schedule.append(" AND sc.opens_at >= ?");
                values.add(q.startTime());
            }
            if (q.endTime() != null) {
                schedule.append(" AND sc.closes_at <= ?");
                values.add(q.endTime());
            }
            f.and(schedule.append(")").toString(), values.toArray());
        }
        if (places && q.near() != null) {
            double lat = q.near().latitude();
            double lon = q.near().longitude();
            f.distance = "(2 * " + EARTH_RADIUS_METRES + " * ASIN(SQRT(POWER(SIN(RADIANS(l.latitude - ?) / 2), 2)"
                    + " + COS(RADIANS(?)) * COS(RADIANS(l.latitude)) * POWER(SIN(RADIANS(l.longitude - ?) / 2), 2))))";
            f.distanceParameters.addAll(List.of(lat, lat, lon));
            f.and("l.latitude IS NOT NULL AND l.longitude IS NOT NULL");
            if (q.withinMetres() != null) {
                double dLat = q.withinMetres() / METRES_PER_DEGREE_LATITUDE;
                double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
                f.and("l.latitude BETWEEN ? AND ? AND l.longitude BETWEEN ? AND ?", lat - dLat, lat + dLat, lon - dLon, lon + dLon);
                f.and(f.distance + " <= ?", lat, lat, lon, q.withinMetres());
            }
        }
        return f;
    }

    private void and(String condition, Object... values) {
        where.append(" AND ").append(condition);
        parameters.addAll(List.of(values));
    }

    String where() {
        return where.toString();
    }

    String distance() {
        return distance;
    }

    List<Object> parameters(Object... more) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(List.of(more));
        return all;
    }

    /** The WHERE parameters, then the ORDER BY distance's, then {@code more}. */
    List<Object> orderedParameters(Object... more) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(distanceParameters);
        all.addAll(List.of(more));
        return all;
    }
}
