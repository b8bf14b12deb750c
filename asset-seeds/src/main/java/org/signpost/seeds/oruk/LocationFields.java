package org.signpost.seeds.oruk;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.signpost.seeds.model.ImportedAddress;
import org.signpost.seeds.model.ImportedLocation;
import org.signpost.seeds.model.ImportedSchedule;
import org.signpost.seeds.model.ServiceLocation;

/** Writes service_at_locations (with their locations) and schedules. */
final class LocationFields {

    private LocationFields() {
    }

    static void serviceAtLocations(JsonGenerator json, UUID serviceId, List<ServiceLocation> sals) throws IOException {
        if (sals.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("service_at_locations");
        for (ServiceLocation sal : sals) {
            json.writeStartObject();
            Fields.string(json, "id", sal.sourceId());
            Fields.string(json, "service_id", serviceId);
            ImportedLocation l = sal.location();
            Fields.string(json, "location_id", l.sourceId());
            json.writeObjectFieldStart("location");
            Fields.string(json, "id", l.sourceId());
            Fields.string(json, "location_type", l.locationType() == null ? null : l.locationType().code());
            Fields.string(json, "name", l.name());
            Fields.string(json, "description", l.description());
            if (l.latitude() != null) {
                json.writeNumberField("latitude", l.latitude());
            }
            if (l.longitude() != null) {
                json.writeNumberField("longitude", l.longitude());
            }
            addresses(json, l);
            if (!l.accessibility().isEmpty()) {
                json.writeArrayFieldStart("accessibility");
                for (var a : l.accessibility()) {
                    json.writeStartObject();
                    Fields.string(json, "id", a.sourceId());
                    Fields.string(json, "location_id", l.sourceId());
                    Fields.string(json, "description", a.description());
                    Fields.string(json, "details", a.details());
                    Fields.string(json, "url", a.url());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            schedules(json, "service_at_location_id", sal.sourceId(), sal.schedules());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void addresses(JsonGenerator json, ImportedLocation l) throws IOException {
        if (l.addresses().isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("addresses");
        for (ImportedAddress a : l.addresses()) {
            json.writeStartObject();
            Fields.string(json, "id", a.sourceId());
            Fields.string(json, "location_id", l.sourceId());
            Fields.string(json, "address_1", a.address1());
            Fields.string(json, "city", a.city());
            Fields.string(json, "region", a.region());
            Fields.string(json, "state_province", a.stateProvince());
            Fields.string(json, "postal_code", a.postalCode());
            Fields.string(json, "country", a.country());
            Fields.string(json, "address_type", a.addressType() == null ? null : a.addressType().code());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void schedules(JsonGenerator json, String ownerField, UUID ownerId, List<ImportedSchedule> schedules)
            throws IOException {
        if (schedules.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("schedules");
        for (ImportedSchedule s : schedules) {
            json.writeStartObject();
            Fields.string(json, "id", s.sourceId());
            Fields.string(json, ownerField, ownerId);
            Fields.string(json, "valid_from", s.validFrom());
            Fields.string(json, "valid_to", s.validTo());
            Fields.string(json, "dtstart", s.dtstart());
            Fields.string(json, "freq", s.freq() == null ? null : s.freq().code());
            Fields.number(json, "interval", s.interval());
            Fields.string(json, "byday", s.byday());
            Fields.string(json, "bymonthday", s.bymonthday());
            Fields.string(json, "opens_at", s.opensAt());
            Fields.string(json, "closes_at", s.closesAt());
            Fields.string(json, "description", s.description());
            Fields.string(json, "attending_type", s.attendingType());
            Fields.string(json, "notes", s.notes());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
