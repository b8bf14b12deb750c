package org.signpost.search.infrastructure;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.signpost.search.model.GeoPoint;
import org.signpost.search.model.ListingHit;
import org.signpost.search.model.Slot;

/** Reads a listing document's source (see ListingDocuments) into a {@link ListingHit}. */
final class ListingHits {

    private ListingHits() {
    }

    @SuppressWarnings("rawtypes")
    static ListingHit read(Hit<Map> hit) {
        Map<?, ?> s = hit.source();
        Map<?, ?> location = (Map<?, ?>) s.get("location");
        return new ListingHit(hit.id(), text(s, "service_id"), text(s, "service_at_location_id"), text(s, "name"),
                text(s, "description"), text(s, "organisation_id"), text(s, "organisation_name"),
                location == null ? null : new GeoPoint(number(location, "lat").doubleValue(), number(location, "lon").doubleValue()),
                text(s, "location_name"), text(s, "postcode"), text(s, "town"), texts(s, "need_direct_codes"),
                Boolean.TRUE.equals(s.get("free")), integer(s, "min_age"), integer(s, "max_age"), texts(s, "delivery_modes"),
                text(s, "referral_route"), texts(s, "accessibility"), text(s, "schedule_text"), slots(s.get("sessions")),
                date(s, "assured_date"), integer(s, "capacity_available"), integer(s, "capacity_maximum"),
                hit.sort().stream().map(ListingHits::plain).toList());
    }

    private static List<Slot> slots(Object sessions) {
        List<Slot> slots = new ArrayList<>();
        if (sessions instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> m = (Map<?, ?>) item;
                slots.add(new Slot(text(m, "day"), integer(m, "nth"), integer(m, "week_parity"), integer(m, "opens"),
                        integer(m, "closes"), date(m, "valid_from"), date(m, "valid_to")));
            }
        }
        return slots;
    }

    /** A sort value as a plain JSON value, for the cursor. */
    static Object plain(FieldValue value) {
        return switch (value._kind()) {
            case Long -> value.longValue();
            case Double -> value.doubleValue();
            case Boolean -> value.booleanValue();
            case String -> value.stringValue();
            default -> null;
        };
    }

    private static String text(Map<?, ?> source, String field) {
        Object value = source.get(field);
        return value == null ? null : value.toString();
    }

    private static Number number(Map<?, ?> source, String field) {
        return (Number) source.get(field);
    }

    private static Integer integer(Map<?, ?> source, String field) {
        Number value = number(source, field);
        return value == null ? null : value.intValue();
    }

    private static LocalDate date(Map<?, ?> source, String field) {
        Object value = source.get(field);
        return value == null ? null : LocalDate.parse(value.toString());
    }

    private static List<String> texts(Map<?, ?> source, String field) {
        Object value = source.get(field);
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
