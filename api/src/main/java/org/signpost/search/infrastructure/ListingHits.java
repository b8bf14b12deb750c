package org.signpost.search.infrastructure;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.List;
import org.signpost.indexer.ServiceDocument;
import org.signpost.search.model.GeoPoint;
import org.signpost.search.model.ListingHit;
import org.signpost.search.model.Slot;

/** Reads a listing document (the {@link ServiceDocument} the indexer wrote) into a {@link ListingHit}. */
final class ListingHits {

    private ListingHits() {
    }

    static ListingHit read(Hit<ServiceDocument> hit) {
        ServiceDocument s = hit.source();
        ServiceDocument.Point location = s.location();
        return new ListingHit(hit.id(), s.serviceId(), s.serviceAtLocationId(), s.name(), s.description(), s.organisationId(),
                s.organisationName(), location == null ? null : new GeoPoint(location.lat(), location.lon()), s.locationName(),
                s.postcode(), s.town(), orEmpty(s.needDirectCodes()), Boolean.TRUE.equals(s.free()), s.minAge(), s.maxAge(),
                orEmpty(s.deliveryModes()), s.referralRoute(), orEmpty(s.accessibility()), s.scheduleText(), slots(s.sessions()),
                s.assuredDate(), s.capacityAvailable(), s.capacityMaximum(), hit.sort().stream().map(ListingHits::plain).toList());
    }

    private static List<Slot> slots(List<ServiceDocument.Session> sessions) {
        return orEmpty(sessions).stream().map(Slot::of).toList();
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

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
