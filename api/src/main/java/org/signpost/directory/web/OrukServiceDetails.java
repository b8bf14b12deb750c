package org.signpost.directory.web;

import org.signpost.contract.model.OrukAttribute;
import org.signpost.contract.model.OrukContact;
import org.signpost.contract.model.OrukCostOption;
import org.signpost.contract.model.OrukLanguage;
import org.signpost.contract.model.OrukPhone;
import org.signpost.contract.model.OrukSchedule;
import org.signpost.contract.model.OrukService;
import org.signpost.contract.model.OrukServiceArea;
import org.signpost.contract.model.OrukTaxonomyTerm;
import org.signpost.directory.model.ServiceListing;

/** The full ORUK service record: the summary plus locations, schedules, costs, public contacts, languages and terms. */
final class OrukServiceDetails {

    private OrukServiceDetails() {
    }

    static OrukService full(ServiceListing l) {
        OrukService s = OrukServices.summary(l);
        l.places().forEach(p -> s.addServiceAtLocationsItem(OrukServices.place(l, p)));
        for (ServiceListing.Schedule x : l.schedules()) {
            s.addSchedulesItem(new OrukSchedule(x.id())
                    .serviceId(x.serviceAtLocationId() == null ? l.id() : null)
                    .serviceAtLocationId(x.serviceAtLocationId())
                    .freq(x.freq())
                    .interval(x.interval())
                    .byday(x.byday())
                    .bymonthday(x.bymonthday())
                    .dtstart(x.dtstart())
                    .validFrom(x.validFrom())
                    .validTo(x.validTo())
                    .opensAt(x.opensAt() == null ? null : x.opensAt().toString())
                    .closesAt(x.closesAt() == null ? null : x.closesAt().toString())
                    .description(x.inWords())
                    .attendingType(x.attendingType()));
        }
        for (ServiceListing.CostOption c : l.costOptions()) {
            s.addCostOptionsItem(new OrukCostOption(c.id())
                    .serviceId(l.id())
                    .option(c.option())
                    .amount(c.amount())
                    .amountDescription(c.amountDescription())
                    .currency(c.currency()));
        }
        for (ServiceListing.Contact c : l.contacts()) {
            if (!c.isPublic()) {
                continue; // link workers only: never in the public feed
            }
            OrukContact contact = new OrukContact(c.id()).serviceId(l.id()).name(c.name()).title(c.title()).email(c.email());
            if (c.phone() != null) {
                contact.addPhonesItem(new OrukPhone(OrukServices.derive(c.id(), "phone"), c.phone()).contactId(c.id()));
            }
            s.addContactsItem(contact);
        }
        for (ServiceListing.Language x : l.languages()) {
            s.addLanguagesItem(new OrukLanguage(x.id()).serviceId(l.id()).name(x.name()).code(x.code()));
        }
        for (ServiceListing.TermRef t : l.terms()) {
            s.addAttributesItem(new OrukAttribute(OrukServices.derive(l.id(), "attribute:" + t.id()))
                    .linkId(l.id())
                    .linkType("service")
                    .taxonomyTermId(t.id())
                    .taxonomyTerm(new OrukTaxonomyTerm(t.id(), t.name(), "").code(t.code()).term(t.code()).taxonomyId(t.taxonomyId())));
        }
        for (ServiceListing.ServiceArea a : l.serviceAreas()) {
            s.addServiceAreasItem(new OrukServiceArea(a.id()).serviceId(l.id()).name(a.name()).serviceArea(a.description()));
        }
        return s;
    }
}
