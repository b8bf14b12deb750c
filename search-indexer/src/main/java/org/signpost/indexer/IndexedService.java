package org.signpost.indexer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ScheduleWording;
import org.signpost.seeds.model.ServiceStatus;

/**
 * What the indexer reads of one service from the directory's tables ({@link JdbcSearchDocuments}):
 * exactly the facts its documents are made of ({@link ListingDocuments}). Nullable fields are
 * absent in the database.
 */
public record IndexedService(
        UUID id,
        long version,
        Instant deletedAt,
        String verification,
        ServiceStatus status,
        UUID organisationId,
        String organisationName,
        String name,
        String description,
        LocalDate assuredDate,
        Integer minimumAge,
        Integer maximumAge,
        List<DeliveryMode> deliveryModes,
        ReferralRoute referralRoute,
        Integer capacityAvailable,
        Integer capacityMaximum,
        boolean free,
        List<Place> places,
        List<Schedule> schedules,
        List<String> languages,
        List<UUID> termIds,
        List<String> termCodes,
        List<String> serviceAreaTexts) {

    /** A place the service runs at (service_at_location and its location) with its accessibility codes. */
    public record Place(UUID serviceAtLocationId, UUID locationId, String name, BigDecimal latitude, BigDecimal longitude,
            String city, String postalCode, List<String> accessibility) {

        public boolean located() {
            return latitude != null && longitude != null;
        }
    }

    /** RRULE-style: freq WEEKLY/MONTHLY, interval, byday (TU, MO,WE, 2TU, -1FR), bymonthday; at one place or (null) all. */
    public record Schedule(UUID serviceAtLocationId, String freq, Integer interval, String byday, String bymonthday,
            LocalDate dtstart, LocalDate validFrom, LocalDate validTo, LocalTime opensAt, LocalTime closesAt, String description) {

        /** The group's own words, else the schedule in plain English ({@link ScheduleWording}); null when neither says anything. */
        public String inWords() {
            return ScheduleWording.inWords(description, freq, interval, byday, bymonthday, opensAt, closesAt);
        }
    }
}
