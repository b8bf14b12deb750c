package org.signpost.directory.model;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceStatus;

/** A mutable copy of a {@link ListingContent}, for merging fields of one content into another. */
public final class ListingContentBuilder {

    UUID organisationId;
    String name;
    String description;
    String url;
    String email;
    ServiceStatus status;
    String alert;
    String feesDescription;
    Integer minimumAge;
    Integer maximumAge;
    String eligibilityDescription;
    Set<DeliveryMode> deliveryModes;
    ReferralRoute referralRoute;
    ListingContent.Capacity capacity;
    List<ListingContent.Location> locations;
    List<ListingContent.Schedule> schedules;
    List<ListingContent.Cost> costOptions;
    List<ListingContent.Contact> contacts;
    List<ListingContent.Language> languages;
    List<ListingContent.Term> terms;
    List<ListingContent.Area> serviceAreas;

    ListingContentBuilder(ListingContent c) {
        organisationId = c.organisationId();
        name = c.name();
        description = c.description();
        url = c.url();
        email = c.email();
        status = c.status();
        alert = c.alert();
        feesDescription = c.feesDescription();
        minimumAge = c.minimumAge();
        maximumAge = c.maximumAge();
        eligibilityDescription = c.eligibilityDescription();
        deliveryModes = c.deliveryModes();
        referralRoute = c.referralRoute();
        capacity = c.capacity();
        locations = c.locations();
        schedules = c.schedules();
        costOptions = c.costOptions();
        contacts = c.contacts();
        languages = c.languages();
        terms = c.terms();
        serviceAreas = c.serviceAreas();
    }

    public ListingContent build() {
        return new ListingContent(organisationId, name, description, url, email, status, alert, feesDescription, minimumAge,
                maximumAge, eligibilityDescription, deliveryModes, referralRoute, capacity, locations, schedules, costOptions,
                contacts, languages, terms, serviceAreas);
    }
}
