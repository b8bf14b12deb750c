package org.signpost.directory.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A listing as an editor sent it, before any rule has looked at it: codes and times still as
 * text, schedules pointing at locations by their index in {@code locations}. Lists are never
 * null (absent is empty). {@link ListingValidator} turns it into a {@link ListingContent} or
 * names every fault.
 */
public record ServiceDraft(
        UUID organisationId,
        String name,
        String description,
        String url,
        String email,
        String status,
        String alert,
        String feesDescription,
        Integer minimumAge,
        Integer maximumAge,
        String eligibilityDescription,
        List<String> deliveryModes,
        String referralRoute,
        CapacityDraft capacity,
        List<LocationDraft> locations,
        List<ScheduleDraft> schedules,
        List<CostDraft> costOptions,
        List<ContactDraft> contacts,
        List<LanguageDraft> languages,
        List<String> termCodes) {

    public ServiceDraft {
        deliveryModes = orEmpty(deliveryModes);
        locations = orEmpty(locations);
        schedules = orEmpty(schedules);
        costOptions = orEmpty(costOptions);
        contacts = orEmpty(contacts);
        languages = orEmpty(languages);
        termCodes = orEmpty(termCodes);
    }

    /**
     * Places as written: {@code maximum} is the group's; {@code available} is derived and ignored in a write
     * ({@link CapacityRule}); {@code track} false switches tracking off. The whole draft absent keeps what is there.
     */
    public record CapacityDraft(Integer available, Integer maximum, Boolean track) {

        /** Tracking off, as a restore of a version that did not track places sends it. */
        public static CapacityDraft off() {
            return new CapacityDraft(null, null, false);
        }
    }

    public record LocationDraft(UUID id, String locationType, String name, String description, Double latitude,
            Double longitude, String address1, String address2, String city, String region, String postalCode,
            String country, List<AccessDraft> accessibility) {

        public LocationDraft {
            accessibility = orEmpty(accessibility);
        }
    }

    public record AccessDraft(UUID id, String code, String description, String details, String url) {
    }

    public record ScheduleDraft(UUID id, Integer locationIndex, String freq, Integer interval, String byday,
            String bymonthday, LocalDate dtstart, LocalDate validFrom, LocalDate validTo, String opensAt, String closesAt,
            String description, String attendingType) {
    }

    public record CostDraft(UUID id, String option, BigDecimal amount, String amountDescription, String currency) {
    }

    public record ContactDraft(UUID id, String name, String title, String email, String phone, Boolean isPublic) {
    }

    public record LanguageDraft(UUID id, String name, String code) {
    }

    static <T> List<T> orEmpty(List<T> list) {
        // nulls inside a list are kept: the validator names them
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }
}
