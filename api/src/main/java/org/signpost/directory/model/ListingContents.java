package org.signpost.directory.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.seeds.model.DeliveryMode;

/** Converts between a stored {@link ServiceListing} and what an editor writes of it. */
public final class ListingContents {

    private ListingContents() {
    }

    /** The editable content of a stored listing, with its parts' ids. */
    public static ListingContent of(ServiceListing l) {
        Map<UUID, UUID> locationOfSal = new HashMap<>();
        List<ListingContent.Location> locations = l.places().stream().map(p -> {
            locationOfSal.put(p.serviceAtLocationId(), p.locationId());
            return new ListingContent.Location(p.locationId(), p.locationType(), p.name(), p.description(), p.latitude(),
                    p.longitude(), p.address1(), p.address2(), p.city(), p.region(), p.postalCode(), p.country(),
                    p.accessibility().stream()
                            .map(a -> new ListingContent.Access(a.id(), a.code(), a.description(), a.details(), a.url())).toList());
        }).toList();
        List<ListingContent.Schedule> schedules = l.schedules().stream()
                .map(s -> new ListingContent.Schedule(s.id(), s.serviceAtLocationId() == null ? null : locationOfSal.get(s.serviceAtLocationId()),
                        s.freq(), s.interval(), s.byday(), s.bymonthday(), s.dtstart(), s.validFrom(), s.validTo(), s.opensAt(),
                        s.closesAt(), s.description(), s.attendingType()))
                .toList();
        ServiceListing.Capacity c = l.capacity();
        return new ListingContent(l.organisation().id(), l.name(), l.description(), l.url(), l.email(), l.status(), l.alert(),
                l.feesDescription(), l.minimumAge(), l.maximumAge(), l.eligibilityDescription(), l.deliveryModes(),
                l.referralRoute(), c == null ? null : new ListingContent.Capacity(c.available(), c.maximum()), locations, schedules,
                l.costOptions().stream().map(o -> new ListingContent.Cost(o.id(), o.option(), o.amount(), o.amountDescription(), o.currency())).toList(),
                l.contacts().stream().map(o -> new ListingContent.Contact(o.id(), o.name(), o.title(), o.email(), o.phone(), o.isPublic())).toList(),
                l.languages().stream().map(o -> new ListingContent.Language(o.id(), o.name(), o.code())).toList(),
                l.terms().stream().map(t -> new ListingContent.Term(t.id(), t.code())).toList(), areasOf(l));
    }

    /** The listing's service areas: the source's, which an edit keeps. */
    static List<ListingContent.Area> areasOf(ServiceListing l) {
        return l.serviceAreas().stream().map(a -> new ListingContent.Area(a.id(), a.name(), a.description())).toList();
    }

    /** A stored listing (e.g. an old version from history) as if an editor had sent it again: for restore. */
    public static ServiceDraft draftOf(ServiceListing l) {
        return draftOf(of(l));
    }

    /** Content as an editor would send it, schedules pointing at locations by index. */
    public static ServiceDraft draftOf(ListingContent c) {
        List<UUID> order = c.locations().stream().map(ListingContent.Location::id).toList();
        return new ServiceDraft(c.organisationId(), c.name(), c.description(), c.url(), c.email(), c.status().code(), c.alert(),
                c.feesDescription(), c.minimumAge(), c.maximumAge(), c.eligibilityDescription(),
                c.deliveryModes().stream().sorted().map(DeliveryMode::code).toList(), c.referralRoute().code(),
                c.capacity() == null ? ServiceDraft.CapacityDraft.off()
                        : new ServiceDraft.CapacityDraft(c.capacity().available(), c.capacity().maximum(), null),
                c.locations().stream().map(p -> new ServiceDraft.LocationDraft(p.id(), p.locationType(), p.name(), p.description(),
                        p.latitude() == null ? null : p.latitude().doubleValue(), p.longitude() == null ? null : p.longitude().doubleValue(),
                        p.address1(), p.address2(), p.city(), p.region(), p.postalCode(), p.country(),
                        p.accessibility().stream().map(a -> new ServiceDraft.AccessDraft(a.id(), a.code(), a.description(), a.details(), a.url())).toList()))
                        .toList(),
                c.schedules().stream().map(s -> new ServiceDraft.ScheduleDraft(s.id(), s.locationId() == null ? null : indexOf(order, s.locationId()),
                        s.freq(), s.interval(), s.byday(), s.bymonthday(), s.dtstart(), s.validFrom(), s.validTo(),
                        s.opensAt() == null ? null : s.opensAt().toString(), s.closesAt() == null ? null : s.closesAt().toString(),
                        s.description(), s.attendingType())).toList(),
                c.costOptions().stream().map(o -> new ServiceDraft.CostDraft(o.id(), o.option(), o.amount(), o.amountDescription(), o.currency())).toList(),
                c.contacts().stream().map(o -> new ServiceDraft.ContactDraft(o.id(), o.name(), o.title(), o.email(), o.phone(), o.isPublic())).toList(),
                c.languages().stream().map(o -> new ServiceDraft.LanguageDraft(o.id(), o.name(), o.code())).toList(),
                c.terms().stream().map(ListingContent.Term::code).toList());
    }

    private static Integer indexOf(List<UUID> order, UUID id) {
        int i = order.indexOf(id);
        return i < 0 ? null : i;
    }
}
