package org.signpost.directory.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.signpost.contract.model.OrukAccessibility;
import org.signpost.contract.model.OrukAddress;
import org.signpost.contract.model.OrukLocation;
import org.signpost.contract.model.OrukOrganization;
import org.signpost.contract.model.OrukService;
import org.signpost.contract.model.OrukServiceAtLocation;
import org.signpost.directory.model.ServiceListing;
import org.signpost.directory.model.ServiceListing.Place;
import org.signpost.seeds.model.DeliveryMode;

/**
 * A stored listing in Open Referral UK 3.0 shape. A page gives the one-to-one fields and the
 * organisation; the full record adds the arrays ({@link OrukServiceDetails}). Empty values are
 * left out by the serialiser; values ORUK requires but we lack are sent as empty strings.
 */
final class OrukServices {

    private OrukServices() {
    }

    static OrukService summary(ServiceListing l) {
        OrukService s = new OrukService(l.id(), l.name(), l.status().code())
                .organizationId(l.organisation().id())
                .description(l.description())
                .url(l.url())
                .email(l.email())
                .fees(l.feesDescription())
                .minimumAge(l.minimumAge())
                .maximumAge(l.maximumAge())
                .eligibilityDescription(l.eligibilityDescription())
                .assuredDate(l.assuredDate())
                .assurerEmail(l.assurerEmail())
                .alert(l.alert())
                .lastModified(l.lastModified() == null ? null : l.lastModified().atOffset(ZoneOffset.UTC))
                .organization(organisation(l.organisation()))
                .xdeliveryModes(l.deliveryModes().stream().map(DeliveryMode::code).sorted().toList())
                .xreferralRoute(l.referralRoute() == null ? null : l.referralRoute().code());
        return s; // never its capacity: ResidentVisibility.PUBLIC_CAPACITY
    }

    static OrukOrganization organisation(ServiceListing.Organisation o) {
        return new OrukOrganization(o.id(), o.name(), o.description() == null ? "" : o.description())
                .email(o.email())
                .website(o.website())
                .logo(o.logo());
    }

    /** A service at a location: ids and the location with its address and accessibility. */
    static OrukServiceAtLocation place(ServiceListing l, Place p) {
        return new OrukServiceAtLocation(p.serviceAtLocationId())
                .serviceId(l.id())
                .locationId(p.locationId())
                .location(location(p));
    }

    static OrukLocation location(Place p) {
        OrukLocation location = new OrukLocation(p.locationId(), p.locationType() == null ? "physical" : p.locationType())
                .name(p.name())
                .description(p.description())
                .latitude(p.latitude())
                .longitude(p.longitude());
        if (p.address1() != null || p.postalCode() != null || p.city() != null) {
            location.addAddressesItem(new OrukAddress(derive(p.locationId(), "address"), nonNull(p.address1()), nonNull(p.city()),
                    nonNull(p.region()), nonNull(p.postalCode()), nonNull(p.country()), "physical")
                    .locationId(p.locationId())
                    .address2(p.address2())
                    .region(p.region()));
        }
        for (ServiceListing.Accessibility a : p.accessibility()) {
            location.addAccessibilityItem(new OrukAccessibility(a.id())
                    .locationId(p.locationId())
                    .description(a.description())
                    .details(a.details())
                    .url(a.url()));
        }
        return location;
    }

    static UUID derive(UUID owner, String kind) {
        return UUID.nameUUIDFromBytes((owner + ":" + kind).getBytes(StandardCharsets.UTF_8));
    }

    static String nonNull(String value) {
        return value == null ? "" : value;
    }

    static <T> List<T> orNull(List<T> items) {
        return items.isEmpty() ? null : items;
    }
}
