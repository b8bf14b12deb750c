package org.signpost.directory.web;

import java.util.List;
import org.signpost.contract.model.Accessibility;
import org.signpost.contract.model.Contact;
import org.signpost.contract.model.CostOption;
import org.signpost.contract.model.Language;
import org.signpost.contract.model.Schedule;
import org.signpost.contract.model.ServiceInput;
import org.signpost.contract.model.ServiceLocation;
import org.signpost.directory.model.ServiceDraft;

/** A listing as the contract carries it in, to a draft the rules check. */
final class ListingInputMapper {

    private ListingInputMapper() {
    }

    static ServiceDraft draft(ServiceInput in) {
        var capacity = in.getCapacity();
        return new ServiceDraft(in.getOrganisationId(), in.getName(), in.getDescription(), in.getUrl(), in.getEmail(), in.getStatus(),
                in.getAlert(), in.getFeesDescription(), in.getMinimumAge(), in.getMaximumAge(), in.getEligibilityDescription(),
                in.getDeliveryModes(), in.getReferralRoute(),
                capacity == null ? null : new ServiceDraft.CapacityDraft(capacity.getAvailable(), capacity.getMaximum(), capacity.getTrack()),
                map(in.getLocations(), ListingInputMapper::location), map(in.getSchedules(), ListingInputMapper::schedule),
                map(in.getCostOptions(), ListingInputMapper::cost), map(in.getContacts(), ListingInputMapper::contact),
                map(in.getLanguages(), ListingInputMapper::language), in.getTaxonomyTermCodes());
    }

    private static ServiceDraft.LocationDraft location(ServiceLocation l) {
        return new ServiceDraft.LocationDraft(l.getId(), l.getLocationType(), l.getName(), l.getDescription(), l.getLatitude(),
                l.getLongitude(), l.getAddress1(), l.getAddress2(), l.getCity(), l.getRegion(), l.getPostalCode(), l.getCountry(),
                map(l.getAccessibility(), ListingInputMapper::access));
    }

    private static ServiceDraft.AccessDraft access(Accessibility a) {
        return new ServiceDraft.AccessDraft(a.getId(), a.getCode() == null ? null : a.getCode().getValue(), a.getDescription(), a.getDetails(),
                a.getUrl());
    }

    private static ServiceDraft.ScheduleDraft schedule(Schedule s) {
        return new ServiceDraft.ScheduleDraft(s.getId(), s.getLocationIndex(), s.getFreq(), s.getInterval(), s.getByday(),
                s.getBymonthday(), s.getDtstart(), s.getValidFrom(), s.getValidTo(), s.getOpensAt(), s.getClosesAt(), s.getDescription(),
                s.getAttendingType());
    }

    private static ServiceDraft.CostDraft cost(CostOption c) {
        return new ServiceDraft.CostDraft(c.getId(), c.getOption(), c.getAmount(), c.getAmountDescription(), c.getCurrency());
    }

    private static ServiceDraft.ContactDraft contact(Contact c) {
        return new ServiceDraft.ContactDraft(c.getId(), c.getName(), c.getTitle(), c.getEmail(), c.getPhone(), c.get_public());
    }

    private static ServiceDraft.LanguageDraft language(Language l) {
        return new ServiceDraft.LanguageDraft(l.getId(), l.getName(), l.getCode());
    }

    /** Maps each element; a null element stays null so the rules can name it. */
    private static <A, B> List<B> map(List<A> in, java.util.function.Function<A, B> f) {
        if (in == null) {
            return null;
        }
        List<B> out = new java.util.ArrayList<>(in.size());
        in.forEach(a -> out.add(a == null ? null : f.apply(a)));
        return out;
    }
}
