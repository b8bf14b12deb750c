package org.signpost.directory.web;

import org.signpost.contract.model.Accessibility;
import org.signpost.contract.model.Capacity;
import org.signpost.contract.model.Contact;
import org.signpost.contract.model.CostOption;
import org.signpost.contract.model.HistoryEntry;
import org.signpost.contract.model.Language;
import org.signpost.contract.model.PendingChange;
import org.signpost.contract.model.ResidentVisibility;
import org.signpost.contract.model.Schedule;
import org.signpost.contract.model.ServiceInput;
import org.signpost.contract.model.ServiceLocation;
import org.signpost.contract.model.ServiceSummary;
import org.signpost.directory.application.ListingReader;
import org.signpost.directory.model.ListingContent;
import org.signpost.directory.model.ListingContents;
import org.signpost.directory.model.ListingSummary;
import org.signpost.directory.model.ServiceDraft;

/** Review-side shapes out through the contract: visibility, summaries, held changes, history. */
final class ReviewMapper {

    private ReviewMapper() {
    }

    static ResidentVisibility visibility(org.signpost.directory.model.ResidentVisibility.Decision decision) {
        return new ResidentVisibility(decision.visible(), decision.reason().wire());
    }

    static ServiceSummary summary(ListingSummary s, ListingReader reader) {
        return new ServiceSummary(s.id(), s.organisationId(), s.organisationName(), s.name(), s.status().code(), s.verification().wire(),
                s.version(), s.deletedAt() != null, visibility(reader.visibility(s)), reader.reviewDue(s), Wire.time(s.updatedAt()))
                .assuredDate(s.assuredDate());
    }

    static PendingChange pendingChange(org.signpost.directory.model.PendingChange c) {
        return new PendingChange(c.id(), c.serviceId(), c.field().key(), c.state().wire(), c.baseVersion(), input(c.proposed()),
                Wire.time(c.proposedAt()))
                .serviceName(c.serviceName()).proposedBy(c.proposedBy()).decidedBy(c.decidedBy()).decidedAt(Wire.time(c.decidedAt()))
                .decisionNote(c.decisionNote());
    }

    static HistoryEntry history(org.signpost.directory.model.HistoryEntry e) {
        return new HistoryEntry(e.version(), e.kind().wire(), Wire.time(e.changedAt()))
                .changedBy(e.changedBy()).changedByUsername(e.changedByUsername()).restoredFrom(e.restoredFrom())
                .before(e.before() == null ? null : ListingOutputMapper.detail(e.before()))
                .after(e.after() == null ? null : ListingOutputMapper.detail(e.after()));
    }

    /** Content as an editor would send it (held proposals). */
    static ServiceInput input(ListingContent content) {
        ServiceDraft d = ListingContents.draftOf(content);
        ServiceInput in = new ServiceInput(d.organisationId(), d.name(), d.status())
                .description(d.description()).url(d.url()).email(d.email()).alert(d.alert()).feesDescription(d.feesDescription())
                .minimumAge(d.minimumAge()).maximumAge(d.maximumAge()).eligibilityDescription(d.eligibilityDescription())
                .deliveryModes(Wire.mutable(d.deliveryModes())).referralRoute(d.referralRoute())
                .locations(Wire.mutable(d.locations().stream().map(l -> new ServiceLocation().id(l.id()).locationType(l.locationType())
                        .name(l.name()).description(l.description()).latitude(l.latitude()).longitude(l.longitude()).address1(l.address1())
                        .address2(l.address2()).city(l.city()).region(l.region()).postalCode(l.postalCode()).country(l.country())
                        .accessibility(Wire.mutable(l.accessibility().stream().map(a -> new Accessibility().id(a.id()).code(Wire.accessibility(a.code()))
                                .description(a.description()).details(a.details()).url(a.url())).toList()))).toList()))
                .schedules(Wire.mutable(d.schedules().stream().map(s -> new Schedule().id(s.id()).locationIndex(s.locationIndex())
                        .freq(s.freq()).interval(s.interval()).byday(s.byday()).bymonthday(s.bymonthday()).dtstart(s.dtstart())
                        .validFrom(s.validFrom()).validTo(s.validTo()).opensAt(s.opensAt()).closesAt(s.closesAt())
                        .description(s.description()).attendingType(s.attendingType())).toList()))
                .costOptions(Wire.mutable(d.costOptions().stream().map(c -> new CostOption().id(c.id()).option(c.option()).amount(c.amount())
                        .amountDescription(c.amountDescription()).currency(c.currency())).toList()))
                .contacts(Wire.mutable(d.contacts().stream().map(c -> new Contact().id(c.id()).name(c.name()).title(c.title())
                        .email(c.email()).phone(c.phone())._public(c.isPublic())).toList()))
                .languages(Wire.mutable(d.languages().stream().map(l -> new Language(l.name()).id(l.id()).code(l.code())).toList()))
                .taxonomyTermCodes(Wire.mutable(d.termCodes()));
        if (d.capacity() != null && !Boolean.FALSE.equals(d.capacity().track())) {
            Capacity capacity = new Capacity().maximum(d.capacity().maximum());
            capacity.setAvailable(d.capacity().available());
            in.capacity(capacity);
        }
        return in;
    }
}
