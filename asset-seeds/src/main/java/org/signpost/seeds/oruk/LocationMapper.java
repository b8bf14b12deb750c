package org.signpost.seeds.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.signpost.seeds.model.ImportedAccessibility;
import org.signpost.seeds.model.ImportedAddress;
import org.signpost.seeds.model.ImportedLocation;
import org.signpost.seeds.model.LocationType;
import org.signpost.seeds.model.ServiceLocation;
import org.signpost.seeds.model.TextLimits;

/** Reads ORUK service_at_locations with their embedded location and schedules. */
final class LocationMapper {

    private LocationMapper() {
    }

    static List<ServiceLocation> serviceAtLocations(JsonValues service) {
        List<JsonNode> nodes = service.array("service_at_locations");
        List<ServiceLocation> result = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            String prefix = "service_at_locations[" + i + "]";
            if (!nodes.get(i).isObject()) {
                service.problems().reject(service.path(prefix), "is not an object");
                continue;
            }
            JsonValues sal = service.child(nodes.get(i), prefix + ".");
            result.add(new ServiceLocation(sal.uuid("id", false), location(sal),
                    ScheduleMapper.schedules(sal, "schedules")));
        }
        return result;
    }

    private static ImportedLocation location(JsonValues sal) {
        JsonNode node = sal.object("location");
        if (node == null) {
            UUID locationId = sal.uuid("location_id", false);
            if (locationId == null) {
                sal.problems().reject(sal.path("location"), "is required (neither location nor location_id given)");
                return null;
            }
            return new ImportedLocation(locationId, null, null, null, null, null, List.of(), List.of());
        }
        JsonValues v = sal.child(node, "location.");
        UUID id = v.uuid("id", false);
        if (id == null) {
            id = sal.uuid("location_id", false);
        }
        return new ImportedLocation(
                id,
                locationType(v, "location_type"),
                v.text("name", TextLimits.NAME),
                v.text("description", TextLimits.DESCRIPTION),
                v.degrees("latitude"),
                v.degrees("longitude"),
                addresses(v),
                accessibility(v));
    }

    private static List<ImportedAddress> addresses(JsonValues location) {
        List<JsonNode> nodes = location.array("addresses");
        List<ImportedAddress> result = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).isObject()) {
                location.problems().warn(location.path("addresses[" + i + "]"), "is not an object; ignored");
                continue;
            }
            JsonValues v = location.child(nodes.get(i), "addresses[" + i + "].");
            result.add(new ImportedAddress(
                    v.uuid("id", false),
                    v.text("address_1", TextLimits.NAME),
                    v.text("city", TextLimits.NAME),
                    v.text("region", TextLimits.NAME),
                    v.text("state_province", TextLimits.NAME),
                    v.text("postal_code", TextLimits.CODE),
                    v.text("country", TextLimits.CODE),
                    locationType(v, "address_type")));
        }
        return result;
    }

    private static List<ImportedAccessibility> accessibility(JsonValues location) {
        List<JsonNode> nodes = location.array("accessibility");
        List<ImportedAccessibility> result = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).isObject()) {
                location.problems().warn(location.path("accessibility[" + i + "]"), "is not an object; ignored");
                continue;
            }
            JsonValues v = location.child(nodes.get(i), "accessibility[" + i + "].");
            String description = v.text("description", TextLimits.NOTE);
            if (description == null) {
                description = v.text("accessibility", TextLimits.NOTE);
            }
            result.add(new ImportedAccessibility(v.uuid("id", false), description,
                    v.text("details", TextLimits.NOTE), LenientFormats.url(v, "url")));
        }
        return result;
    }

    /** physical / postal / virtual; any other value is dropped with a warning. */
    private static LocationType locationType(JsonValues v, String field) {
        String raw = v.raw(field);
        if (raw == null) {
            return null;
        }
        return LocationType.fromCode(raw.toLowerCase(Locale.ROOT)).orElseGet(() -> {
            v.problems().warn(v.path(field), "'" + raw + "' is not one of " + LocationType.allowedCodes() + "; dropped");
            return null;
        });
    }
}
