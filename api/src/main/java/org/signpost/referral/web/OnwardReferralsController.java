package org.signpost.referral.web;

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
import org.signpost.contract.model.ContactAttemptRequest;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.OnwardReferralPage;
import org.signpost.contract.model.OnwardStatus;
import org.signpost.contract.model.OnwardTransitionRequest;
import org.signpost.contract.server.OnwardReferralsApi;
import org.signpost.referral.application.ContactAttempts;
import org.signpost.referral.application.GroupReferrals;
import org.signpost.referral.application.OnwardReferrals;
import org.signpost.referral.application.OnwardTransitions;
import org.signpost.referral.model.CompletionOutcome;
import org.signpost.referral.model.ContactAttemptOutcome;
import org.signpost.referral.model.OnwardDeclineReason;
import org.signpost.referral.model.ReferralTransitions;
import org.signpost.security.web.CurrentActor;

/** Onward referrals as the referrer and the receiving group work on them. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OnwardReferralsController implements OnwardReferralsApi {

    private final CurrentActor currentActor;
    private final PersonalDataAccess access;
    private final OnwardReferrals referrals;
    private final OnwardTransitions transitions;
    private final ContactAttempts attempts;
    private final GroupReferrals group;

    OnwardReferralsController(CurrentActor currentActor, PersonalDataAccess access, OnwardReferrals referrals,
            OnwardTransitions transitions, ContactAttempts attempts, GroupReferrals group) {
        this.currentActor = currentActor;
        this.access = access;
        this.referrals = referrals;
        this.transitions = transitions;
        this.attempts = attempts;
        this.group = group;
    }

    @Override
    public OnwardReferral getOnwardReferral(UUID referralId, String purpose) {
        return ReferralMapping.referral(referrals.read(open(purpose, AuditAction.READ, referralId), referralId));
    }

    @Override
    public OnwardReferral transitionOnwardReferral(UUID referralId, OnwardTransitionRequest body, String purpose) {
        Access who = open(purpose, AuditAction.TRANSITION, referralId);
        var request = new ReferralTransitions.Request(org.signpost.referral.model.OnwardStatus.valueOf(body.getTo().name()),
                body.getReason(), body.getDeclineReason() == null ? null : OnwardDeclineReason.valueOf(body.getDeclineReason().name()),
                body.getOutcome() == null ? null : CompletionOutcome.valueOf(body.getOutcome().name()), body.getCapacityOverrideReason());
        return ReferralMapping.referral(transitions.transition(who, referralId, request, body.getVersion()));
    }

    @Override
    public HttpResponse<OnwardReferral> recordContactAttempt(UUID referralId, ContactAttemptRequest body, String purpose) {
        Access who = open(purpose, AuditAction.UPDATE, referralId);
        var view = attempts.record(who, referralId, ContactAttemptOutcome.valueOf(body.getOutcome().name()), body.getNote());
        return HttpResponse.status(HttpStatus.CREATED).body(ReferralMapping.referral(view));
    }

    @Override
    public OnwardReferralPage listGroupReferrals(OnwardStatus status, String purpose, Integer page, Integer perPage) {
        Access who = open(purpose, AuditAction.READ, null);
        int p = page == null ? 1 : page;
        int s = perPage == null ? 20 : perPage;
        var found = group.list(who, status == null ? null : org.signpost.referral.model.OnwardStatus.valueOf(status.name()), p, s);
        return new OnwardReferralPage(found.referrals().stream().map(ReferralMapping::referral).toList(), found.total(), p, s);
    }

    private Access open(String purpose, AuditAction action, UUID referralId) {
        return access.open(currentActor.get(), purpose, action, Resource.of("onward_referral", referralId, null));
    }
}
