package org.signpost.people.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.contract.model.ConsentRequest;
import org.signpost.contract.model.MergeRequest;
import org.signpost.contract.model.NewResident;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.ResidentConsent;
import org.signpost.contract.model.WithdrawalRequest;
import org.signpost.contract.server.ResidentsApi;
import org.signpost.people.application.ResidentConsents;
import org.signpost.people.application.ResidentMerge;
import org.signpost.people.application.ResidentRecords;
import org.signpost.people.model.Consent;
import org.signpost.security.web.CurrentActor;

/**
 * Resident records. Open to every signed-in user on purpose: the use cases decide (and audit)
 * who may see what, so that a group's attempt to read a record is refused and logged.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ResidentsController implements ResidentsApi {

    private final CurrentActor currentActor;
    private final PersonalDataAccess access;
    private final ResidentRecords records;
    private final ResidentMerge merge;
    private final ResidentConsents consents;

    ResidentsController(CurrentActor currentActor, PersonalDataAccess access, ResidentRecords records, ResidentMerge merge,
            ResidentConsents consents) {
        this.currentActor = currentActor;
        this.access = access;
        this.records = records;
        this.merge = merge;
        this.consents = consents;
    }

    @Override
    public HttpResponse<Resident> createResident(NewResident body, String purpose) {
        Access who = access.open(currentActor.get(), purpose, AuditAction.CREATE, Resource.of("resident", null, null));
        var input = ResidentMapping.input(body.getGivenName(), body.getFamilyName(), body.getPreferredName(), body.getDateOfBirth(),
                body.getSex(), body.getPostcode(), body.getContact(), body.getContactPreference(), body.getNhsNumber(),
                body.getGpPracticeOdsCode());
        var view = records.create(who, new ResidentRecords.NewResident(body.getSchemeId(), input,
                ResidentMapping.consents(body.getConsents())));
        return HttpResponse.status(HttpStatus.CREATED).body(ResidentMapping.resident(view));
    }

    @Override
    public Resident getResident(UUID residentId, String purpose) {
        Access who = access.open(currentActor.get(), purpose, AuditAction.READ, Resource.resident(residentId));
        return ResidentMapping.resident(records.read(who, residentId));
    }

    @Override
    public Resident mergeResident(UUID residentId, MergeRequest body, String purpose) {
        Access who = access.open(currentActor.get(), purpose, AuditAction.MERGE, Resource.resident(residentId));
        return ResidentMapping.resident(merge.merge(who, residentId, body.getDuplicateId()));
    }

    @Override
    public HttpResponse<ResidentConsent> recordConsent(UUID residentId, ConsentRequest body, String purpose) {
        Access who = access.open(currentActor.get(), purpose, AuditAction.UPDATE, Resource.resident(residentId));
        Consent consent = consents.record(who, residentId, ResidentMapping.consent(body));
        return HttpResponse.status(HttpStatus.CREATED).body(ResidentMapping.consent(consent,
                java.util.Map.of(who.actor().userId(), who.actor().username())));
    }

    @Override
    public ResidentConsent withdrawConsent(UUID residentId, UUID consentId, WithdrawalRequest body, String purpose) {
        Access who = access.open(currentActor.get(), purpose, AuditAction.UPDATE, Resource.resident(residentId));
        Consent consent = consents.withdraw(who, residentId, consentId, body.getReason());
        return ResidentMapping.consent(consent, java.util.Map.of(who.actor().userId(), who.actor().username()));
    }
}
