package org.signpost.people.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.contract.model.ConsentKind;
import org.signpost.contract.model.ConsentRequest;
import org.signpost.contract.model.ContactDetails;
import org.signpost.contract.model.ContactMethod;
import org.signpost.contract.model.ContactPreference;
import org.signpost.contract.model.DuplicateCandidate;
import org.signpost.contract.model.DuplicateCandidateMatchedOn;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.ResidentConsent;
import org.signpost.contract.model.Sex;
import org.signpost.people.application.ConsentCommand;
import org.signpost.people.application.ResidentView;
import org.signpost.people.model.Consent;
import org.signpost.people.model.ResidentDetails;
import org.signpost.people.model.ResidentDetailsRules;

/** Between the contract's resident shapes and the people feature's. */
public final class ResidentMapping {

    private ResidentMapping() {
    }

    public static ResidentDetailsRules.Input input(String given, String family, String preferred, java.time.LocalDate dob, Sex sex,
            String postcode, ContactDetails contact, ContactPreference preference, String nhs, String practice) {
        return new ResidentDetailsRules.Input(given, family, preferred, dob,
                sex == null ? null : org.signpost.people.model.Sex.valueOf(sex.name()), postcode,
                contact == null ? null : contact.getPhone(), contact == null ? null : contact.getEmail(),
                contact == null ? null : contact.getAddress(),
                preference == null || preference.getMethod() == null ? null
                        : org.signpost.people.model.ContactMethod.valueOf(preference.getMethod().name()),
                preference == null ? null : preference.getNotes(), nhs, practice);
    }

    public static ConsentCommand consent(ConsentRequest request) {
        return new ConsentCommand(request.getKind() == null ? null : org.signpost.people.model.ConsentKind.valueOf(request.getKind().name()),
                request.getOrganisationId(), request.getNote());
    }

    public static Resident resident(ResidentView view) {
        var r = view.resident();
        ResidentDetails d = r.details();
        Resident out = new Resident(r.id(), r.schemeId(), d.givenName(), d.familyName(), d.dateOfBirth(), d.postcode(), contact(d),
                preference(d), view.consents().stream().map(c -> consent(c, view.usernames())).toList(), view.mergedFrom(),
                view.possibleDuplicates().stream().map(ResidentMapping::duplicate).toList(), r.version(), time(r.createdAt()));
        out.setPreferredName(d.preferredName());
        if (d.sex() != null) {
            out.setSex(Sex.valueOf(d.sex().name()));
        }
        out.setNhsNumber(d.nhsNumber());
        out.setGpPracticeOdsCode(d.gpPracticeOdsCode());
        out.setMergedInto(r.mergedInto());
        return out;
    }

    public static ContactDetails contact(ResidentDetails d) {
        return new ContactDetails().phone(d.phone()).email(d.email()).address(d.address());
    }

    public static ContactPreference preference(ResidentDetails d) {
        return new ContactPreference(ContactMethod.valueOf(d.contactMethod().name())).notes(d.contactNotes());
    }

    public static ResidentConsent consent(Consent c, Map<UUID, String> usernames) {
        ResidentConsent out = new ResidentConsent(c.id(), ConsentKind.valueOf(c.kind().name()),
                usernames.getOrDefault(c.recordedBy(), String.valueOf(c.recordedBy())), time(c.recordedAt()), c.inForce());
        out.setOrganisationId(c.organisationId());
        out.setNote(c.note());
        if (!c.inForce()) {
            out.setWithdrawnBy(usernames.getOrDefault(c.withdrawnBy(), String.valueOf(c.withdrawnBy())));
            out.setWithdrawnAt(time(c.withdrawnAt()));
            out.setWithdrawalReason(c.withdrawalReason());
        }
        return out;
    }

    private static DuplicateCandidate duplicate(ResidentView.Duplicate d) {
        ResidentDetails details = d.resident().details();
        return new DuplicateCandidate(d.resident().id(), details.givenName(), details.familyName(), details.dateOfBirth(),
                DuplicateCandidateMatchedOn.fromValue(d.matchedOn()));
    }

    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static List<ConsentCommand> consents(List<ConsentRequest> requests) {
        return requests == null ? List.of() : requests.stream().map(ResidentMapping::consent).toList();
    }
}
