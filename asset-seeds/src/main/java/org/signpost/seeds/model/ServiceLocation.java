package org.signpost.seeds.model;

import java.util.List;
import java.util.UUID;

/**
 * A service at a location (HSDS service_at_location) with the schedules that apply there.
 *
 * @param sourceId  the service_at_location id in the source; null when the feed gives none
 * @param location  the location, required
 * @param schedules when the service runs at this location
 */
public record ServiceLocation(UUID sourceId, ImportedLocation location, List<ImportedSchedule> schedules) {

    public ServiceLocation {
        schedules = Copies.list(schedules);
    }
}
