package org.signpost.directory.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.signpost.contract.model.Accessibility;
import org.signpost.contract.model.Capacity;
import org.signpost.contract.model.Contact;
import org.signpost.contract.model.CostOption;
import org.signpost.contract.model.Language;
import org.signpost.contract.model.Schedule;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.contract.model.ServiceLocation;
import org.signpost.contract.model.TermRef;
import org.signpost.directory.application.ListingReader;
import org.signpost.directory.model.ServiceListing;
import org.signpost.seeds.model.DeliveryMode;

/** A stored listing out through the contract. */
final class ListingOutputMapper {

    private ListingOutputMapper() {
    }

    /** With today's flags and held changes. */
    static ServiceDetail detail(ListingReader.ListingView view) {
        ServiceDetail detail = detail(view.listing());
        detail.residentVisibility(ReviewMapper.visibility(view.visibility()))
                .reviewDue(view.reviewDue())
                .stale(view.stale())
                .pendingChanges(Wire.mutable(view.pendingChanges().stream().map(ReviewMapper::pendingChange).toList()));
        return detail;
    }

    /** As stored (history documents): no flags computed for today. */
    static ServiceDetail detail(ServiceListing l) {
        Map<UUID, Integer> indexOfSal = new HashMap<>();
        Map<UUID, UUID> locationOfSal = new HashMap<>();
        for (int i = 0; i < l.places().size(); i++) {
            indexOfSal.put(l.places().get(i).serviceAtLocationId(), i);
            locationOfSal.put(l.places().get(i).serviceAtLocationId(), l.places().get(i).locationId());
        }
        ServiceDetail d = new ServiceDetail(l.id(), l.organisation().id(), l.organisation().name(), l.name(), l.status().code(),
                l.referralRoute().code(), l.verification().wire(), l.version(), Wire.time(l.createdAt()), Wire.time(l.updatedAt()))
                .deliveryModes(Wire.mutable(l.deliveryModes().stream().sorted().map(DeliveryMode::code).toList()))
                .locations(Wire.mutable(l.places().stream().map(ListingOutputMapper::location).toList()))
                .schedules(Wire.mutable(l.schedules().stream().map(s -> schedule(s, indexOfSal, locationOfSal)).toList()))
                .costOptions(Wire.mutable(l.costOptions().stream().map(c -> new CostOption().id(c.id()).option(c.option()).amount(c.amount())
                        .amountDescription(c.amountDescription()).currency(c.currency())).toList()))
                .contacts(Wire.mutable(l.contacts().stream().map(c -> new Contact().id(c.id()).name(c.name()).title(c.title()).email(c.email())
                        .phone(c.phone())._public(c.isPublic())).toList()))
                .languages(Wire.mutable(l.languages().stream().map(g -> new Language(g.name()).id(g.id()).code(g.code())).toList()))
                .taxonomyTerms(Wire.mutable(l.terms().stream().map(t -> new TermRef(t.id(), t.code(), t.name())).toList()));
        d.description(l.description()).url(l.url()).email(l.email()).alert(l.alert()).feesDescription(l.feesDescription())
                .minimumAge(l.minimumAge()).maximumAge(l.maximumAge()).eligibilityDescription(l.eligibilityDescription())
                .verifiedAt(Wire.time(l.verifiedAt())).assuredDate(l.assuredDate()).deletedAt(Wire.time(l.deletedAt()));
        if (l.capacity() != null) {
            Capacity capacity = new Capacity().maximum(l.capacity().maximum());
            capacity.setAvailable(l.capacity().available());
            capacity.setUpdatedAt(Wire.time(l.capacity().updatedAt()));
            d.capacity(capacity);
        }
        return d;
    }

    private static ServiceLocation location(ServiceListing.Place p) {
        return new ServiceLocation().id(p.locationId()).locationType(p.locationType()).name(p.name()).description(p.description())
                .latitude(p.latitude() == null ? null : p.latitude().doubleValue())
                .longitude(p.longitude() == null ? null : p.longitude().doubleValue())
                .address1(p.address1()).address2(p.address2()).city(p.city()).region(p.region()).postalCode(p.postalCode())
                .country(p.country())
                .accessibility(Wire.mutable(p.accessibility().stream().map(a -> new Accessibility().id(a.id()).code(Wire.accessibility(a.code()))
                        .description(a.description()).details(a.details()).url(a.url())).toList()));
    }

    private static Schedule schedule(ServiceListing.Schedule s, Map<UUID, Integer> indexOfSal, Map<UUID, UUID> locationOfSal) {
        Schedule schedule = new Schedule().id(s.id())
                .locationIndex(s.serviceAtLocationId() == null ? null : indexOfSal.get(s.serviceAtLocationId()))
                .freq(s.freq()).interval(s.interval()).byday(s.byday()).bymonthday(s.bymonthday()).dtstart(s.dtstart())
                .validFrom(s.validFrom()).validTo(s.validTo()).opensAt(time(s.opensAt())).closesAt(time(s.closesAt()))
                .description(s.description()).attendingType(s.attendingType());
        schedule.setLocationId(s.serviceAtLocationId() == null ? null : locationOfSal.get(s.serviceAtLocationId()));
        return schedule;
    }

    static String time(java.time.LocalTime time) {
        return time == null ? null : time.toString();
    }
}
