package org.signpost.directory.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceStatus;
import org.signpost.seeds.geo.ServiceAreaCoverage;
import org.signpost.seeds.model.ScheduleWording;

/**
 * One service with everything it owns, as stored: the read model the management API and the ORUK
 * feed load through {@code ServiceListings} (the search indexer reads its own columns, search-indexer's
 * {@code JdbcSearchDocuments}). Nullable fields are absent in the source.
 */
public record ServiceListing(
        UUID id,
        Organisation organisation,
        String name,
        String description,
        String url,
        String email,
        ServiceStatus status,
        String feesDescription,
        Integer minimumAge,
        Integer maximumAge,
        String eligibilityDescription,
        String alert,
        LocalDate assuredDate,
        String assurerEmail,
        Set<DeliveryMode> deliveryModes,
        ReferralRoute referralRoute,
        Capacity capacity,
        Verification verification,
        Instant verifiedAt,
        Instant deletedAt,
        String source,
        String sourceId,
        long version,
        Instant createdAt,
        Instant updatedAt,
        List<Place> places,
        List<Schedule> schedules,
        List<CostOption> costOptions,
        List<Contact> contacts,
        List<Language> languages,
        List<TermRef> terms,
        Instant sourceModifiedAt,
        List<ServiceArea> serviceAreas) {

    public ServiceListing {
        serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
    }

    /**
     * When the listing last changed, as the public feed says it: the source's own date when an
     * import copied the latest change ({@code sourceModifiedAt}), else when it changed here.
     */
    public Instant lastModified() {
        return sourceModifiedAt != null ? sourceModifiedAt : updatedAt;
    }

    /** HSDS service_area: where the service is offered, as the source named it ({@link ServiceAreaCoverage} reads it). */
    public record ServiceArea(UUID id, String name, String description) {
    }

    /** Where this service is offered, read from its areas. */
    public ServiceAreaCoverage coverage() {
        return ServiceAreaCoverage.of(serviceAreas.stream().flatMap(a -> java.util.stream.Stream.of(a.name(), a.description()))
                .toList());
    }

    public record Organisation(UUID id, String name, String description, String email, String website, String logo) {
    }

    /** Places available now; null when the service does not track capacity. */
    public record Capacity(Integer available, Integer maximum, Instant updatedAt) {
    }

    /** A location the service runs at (HSDS service_at_location plus its location). */
    public record Place(UUID serviceAtLocationId, UUID locationId, String locationType, String name, String description,
            BigDecimal latitude, BigDecimal longitude, String address1, String address2, String city, String region,
            String postalCode, String country, List<Accessibility> accessibility) {

        public boolean located() {
            return latitude != null && longitude != null;
        }
    }

    public record Accessibility(UUID id, String code, String description, String details, String url) {
    }

    /** RRULE-style: freq WEEKLY/MONTHLY, interval, byday (TU, MO,WE, 2TU, -1FR), bymonthday. */
    public record Schedule(UUID id, UUID serviceAtLocationId, String freq, Integer interval, String byday, String bymonthday,
            LocalDate dtstart, LocalDate validFrom, LocalDate validTo, LocalTime opensAt, LocalTime closesAt,
            String description, String attendingType) {

        /** What a person reads: the group's own description when it wrote one, else {@link ScheduleWording}; null when neither says anything. */
        public String inWords() {
            return ScheduleWording.inWords(description, freq, interval, byday, bymonthday, opensAt, closesAt);
        }
    }

    public record CostOption(UUID id, String option, BigDecimal amount, String amountDescription, String currency) {

        public boolean free() {
            return amount == null || amount.signum() == 0;
        }
    }

    public record Contact(UUID id, String name, String title, String email, String phone, boolean isPublic) {
    }

    public record Language(UUID id, String name, String code) {
    }

    /** A taxonomy term the service is tagged with (not its ancestors). */
    public record TermRef(UUID id, String code, String name, UUID taxonomyId) {
    }

    public boolean free() {
        return costOptions.isEmpty() || costOptions.stream().allMatch(CostOption::free);
    }
}
