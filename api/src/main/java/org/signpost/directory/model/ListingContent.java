package org.signpost.directory.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceStatus;

/**
 * What an editor writes of a listing, checked and typed: everything a group or coordinator can
 * change, nothing the system keeps (version, verification, assured_date, timestamps). Schedules
 * point at their location by the location's id within this content. Part ids are those of the
 * listing's existing parts (kept) or null (new parts get ids when written); a new location gets
 * an id at once so schedules can point at it. Service areas are the source's (HSDS service_area):
 * an editor does not write them, so an edit carries the current ones over.
 */
public record ListingContent(
        UUID organisationId,
        String name,
        String description,
        String url,
        String email,
        ServiceStatus status,
        String alert,
        String feesDescription,
        Integer minimumAge,
        Integer maximumAge,
        String eligibilityDescription,
        Set<DeliveryMode> deliveryModes,
        ReferralRoute referralRoute,
        Capacity capacity,
        List<Location> locations,
        List<Schedule> schedules,
        List<Cost> costOptions,
        List<Contact> contacts,
        List<Language> languages,
        List<Term> terms,
        List<Area> serviceAreas) {

    public ListingContent {
        deliveryModes = Set.copyOf(deliveryModes);
        locations = List.copyOf(locations);
        schedules = List.copyOf(schedules);
        costOptions = List.copyOf(costOptions);
        contacts = List.copyOf(contacts);
        languages = List.copyOf(languages);
        terms = terms.stream().sorted(Comparator.comparing(Term::code)).toList();
        serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
    }

    public record Capacity(Integer available, Integer maximum) {
    }

    public record Location(UUID id, String locationType, String name, String description, BigDecimal latitude,
            BigDecimal longitude, String address1, String address2, String city, String region, String postalCode,
            String country, List<Access> accessibility) {

        public Location {
            accessibility = List.copyOf(accessibility);
            latitude = degrees(latitude);
            longitude = degrees(longitude);
        }

        /** The location as residents see it, without ids: what "changed" means. */
        public Location withoutIds() {
            return new Location(null, locationType, name, description, latitude, longitude, address1, address2, city, region,
                    postalCode, country, accessibility.stream().map(Access::withoutId).toList());
        }
    }

    public record Access(UUID id, String code, String description, String details, String url) {

        Access withoutId() {
            return new Access(null, code, description, details, url);
        }
    }

    /** A session; {@code locationId} is the id of one of this content's locations, or null for online or phone provision. */
    public record Schedule(UUID id, UUID locationId, String freq, Integer interval, String byday, String bymonthday,
            LocalDate dtstart, LocalDate validFrom, LocalDate validTo, LocalTime opensAt, LocalTime closesAt,
            String description, String attendingType) {

        Schedule withoutIds() {
            return at(null, null);
        }

        Schedule at(UUID newId, UUID newLocationId) {
            return new Schedule(newId, newLocationId, freq, interval, byday, bymonthday, dtstart, validFrom, validTo, opensAt,
                    closesAt, description, attendingType);
        }
    }

    public record Cost(UUID id, String option, BigDecimal amount, String amountDescription, String currency) {

        public Cost {
            amount = amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
        }

        Cost withoutId() {
            return new Cost(null, option, amount, amountDescription, currency);
        }
    }

    public record Contact(UUID id, String name, String title, String email, String phone, boolean isPublic) {

        Contact withoutId() {
            return new Contact(null, name, title, email, phone, isPublic);
        }
    }

    public record Language(UUID id, String name, String code) {

        Language withoutId() {
            return new Language(null, name, code);
        }
    }

    public record Term(UUID id, String code) {
    }

    /** Where the service is offered, as its source named the area. */
    public record Area(UUID id, String name, String description) {
    }

    /** Coordinates are stored to six decimal places (about 0.1 m), so compare them that way. */
    static BigDecimal degrees(BigDecimal value) {
        return value == null ? null : value.setScale(6, RoundingMode.HALF_UP);
    }

    /** This content's locations by id. */
    public Map<UUID, Location> locationsById() {
        Map<UUID, Location> byId = new HashMap<>();
        locations.forEach(location -> byId.put(location.id(), location));
        return byId;
    }

    /** Starts a copy to change a few fields of. */
    public ListingContentBuilder toBuilder() {
        return new ListingContentBuilder(this);
    }
}
