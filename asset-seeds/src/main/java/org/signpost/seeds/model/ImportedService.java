package org.signpost.seeds.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One service as read from a feed or generated, in the HSDS 3.0 shape, independent of any store.
 * Optional values are {@code null}; lists and sets are never null (empty instead) and unmodifiable.
 * Text is plain text (no markup). Checked by {@link ServiceRules}.
 *
 * @param sourceId               the service id in its source (ORUK {@code id}, a UUID)
 * @param name                   required, plain text
 * @param description            plain text, line breaks kept
 * @param url                    an absolute http(s) URL
 * @param email                  an email address
 * @param status                 HSDS status, required
 * @param fees                   free-text fees description (HSDS {@code fees_description} / ORUK {@code fees})
 * @param costOptions            HSDS cost_option rows
 * @param minimumAge             eligibility: youngest age served, inclusive
 * @param maximumAge             eligibility: oldest age served, inclusive
 * @param eligibilityDescription free-text eligibility
 * @param assuredDate            when the listing was last checked (ORUK {@code assured_date})
 * @param assurerEmail           who checked it
 * @param alert                  a short notice shown with the listing (e.g. why it is temporarily closed)
 * @param lastModified           ORUK {@code last_modified}
 * @param organisation           the organisation running it; null when the feed names none
 * @param locations              where it runs (HSDS service_at_location, each with its location and schedules)
 * @param schedules              schedules not tied to a location (phone lines, online sessions)
 * @param serviceAreas           areas served (HSDS service_area)
 * @param contacts               HSDS contact rows with their phones
 * @param languages              languages spoken
 * @param taxonomyTerms          the taxonomy terms it is tagged with (HSDS attribute rows)
 * @param deliveryModes          in person / online / phone (extension {@code x_delivery_modes}); empty when unknown
 * @param referralRoute          self, link worker or both (extension {@code x_referral_route}); null when unknown
 * @param capacity               places available / maximum (extension {@code x_capacity}, HSDS 3.1 service_capacity); null when unknown
 */
public record ImportedService(
        UUID sourceId,
        String name,
        String description,
        String url,
        String email,
        ServiceStatus status,
        String fees,
        List<ImportedCostOption> costOptions,
        Integer minimumAge,
        Integer maximumAge,
        String eligibilityDescription,
        LocalDate assuredDate,
        String assurerEmail,
        String alert,
        Instant lastModified,
        ImportedOrganisation organisation,
        List<ServiceLocation> locations,
        List<ImportedSchedule> schedules,
        List<ImportedServiceArea> serviceAreas,
        List<ImportedContact> contacts,
        List<ImportedLanguage> languages,
        List<TaxonomyTermRef> taxonomyTerms,
        Set<DeliveryMode> deliveryModes,
        ReferralRoute referralRoute,
        Capacity capacity) {

    public ImportedService {
        costOptions = Copies.list(costOptions);
        locations = Copies.list(locations);
        schedules = Copies.list(schedules);
        serviceAreas = Copies.list(serviceAreas);
        contacts = Copies.list(contacts);
        languages = Copies.list(languages);
        taxonomyTerms = Copies.list(taxonomyTerms);
        deliveryModes = Copies.enumSet(deliveryModes, DeliveryMode.class);
    }

    /** True when at least one of its locations has coordinates (it can be put on the map). */
    public boolean isLocated() {
        return locations.stream().anyMatch(l -> l.location().hasCoordinates());
    }

    /** Every schedule: those not tied to a location first, then those of each location in order. */
    public List<ImportedSchedule> allSchedules() {
        if (locations.isEmpty()) {
            return schedules;
        }
        java.util.ArrayList<ImportedSchedule> all = new java.util.ArrayList<>(schedules);
        locations.forEach(l -> all.addAll(l.schedules()));
        return List.copyOf(all);
    }
}
