package org.signpost.referral.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.MyReferrals;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.SelfReferral;
import org.signpost.contract.server.ResidentSelfServiceApi;
import org.signpost.people.application.ResidentRecords;
import org.signpost.people.web.ResidentMapping;
import org.signpost.referral.application.EpisodeReads;
import org.signpost.referral.application.SelfReferrals;
import org.signpost.security.web.CurrentActor;

/** A resident's own record and referrals, and self-referral from the app. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ResidentSelfServiceController implements ResidentSelfServiceApi {

    private final CurrentActor currentActor;
    private final PersonalDataAccess access;
    private final ResidentRecords records;
    private final EpisodeReads reads;
    private final SelfReferrals selfReferrals;

    ResidentSelfServiceController(CurrentActor currentActor, PersonalDataAccess access, ResidentRecords records, EpisodeReads reads,
            SelfReferrals selfReferrals) {
        this.currentActor = currentActor;
        this.access = access;
        this.records = records;
        this.reads = reads;
        this.selfReferrals = selfReferrals;
    }

    @Override
    public Resident getMyResidentRecord(String purpose) {
        Access who = access.open(currentActor.get(), purpose, AuditAction.READ, Resource.of("resident", "me", null));
        return ResidentMapping.resident(records.readOwn(who));
    }

    @Override
    public MyReferrals listMyReferrals(String purpose) {
        Access who = access.open(currentActor.get(), purpose, AuditAction.READ, Resource.of("episode", "me", null));
        return new MyReferrals(reads.mine(who).stream().map(ReferralMapping::episode).toList());
    }

    @Override
    public HttpResponse<Episode> selfRefer(SelfReferral body, String purpose) {
        Access who = access.open(currentActor.get(), purpose, AuditAction.CREATE, Resource.of("episode", null, null));
        var details = ResidentMapping.input(body.getGivenName(), body.getFamilyName(), null, body.getDateOfBirth(), body.getSex(),
                body.getPostcode(), body.getContact(), body.getContactPreference(), body.getNhsNumber(), body.getGpPracticeOdsCode());
        var view = selfReferrals.refer(who, new SelfReferrals.SelfReferral(body.getSchemeId(), details, body.getReason(),
                body.getNeeds(), body.getConsentToContact(), body.getConsentToEvaluation()));
        return HttpResponse.status(HttpStatus.CREATED).body(ReferralMapping.episode(view));
    }
}
