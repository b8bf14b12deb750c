package org.signpost.referral.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.contract.model.AssignmentRequest;
import org.signpost.contract.model.ConversationNote;
import org.signpost.contract.model.ConversationRequest;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeTransitionRequest;
import org.signpost.contract.model.NewEpisode;
import org.signpost.contract.model.NewOnwardReferral;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.Plan;
import org.signpost.contract.model.PlanRequest;
import org.signpost.contract.server.EpisodesApi;
import org.signpost.referral.application.EpisodeDecisions;
import org.signpost.referral.application.EpisodeIntake;
import org.signpost.referral.application.EpisodeReads;
import org.signpost.referral.application.EpisodeWork;
import org.signpost.referral.application.OnwardReferrals;
import org.signpost.referral.model.EpisodeDeclineReason;
import org.signpost.referral.model.EpisodeStatus;
import org.signpost.referral.model.GoalStatus;
import org.signpost.referral.model.ReferralSource;
import org.signpost.referral.model.Urgency;
import org.signpost.security.web.CurrentActor;

/** Referrals into the service and the work on them. The use cases decide and audit who may do what. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class EpisodesController implements EpisodesApi {

    private final CurrentActor currentActor;
    private final PersonalDataAccess access;
    private final EpisodeIntake intake;
    private final EpisodeReads reads;
    private final EpisodeDecisions decisions;
    private final EpisodeWork work;
    private final OnwardReferrals onward;

    EpisodesController(CurrentActor currentActor, PersonalDataAccess access, EpisodeIntake intake, EpisodeReads reads,
            EpisodeDecisions decisions, EpisodeWork work, OnwardReferrals onward) {
        this.currentActor = currentActor;
        this.access = access;
        this.intake = intake;
        this.reads = reads;
        this.decisions = decisions;
        this.work = work;
        this.onward = onward;
    }

    @Override
    public HttpResponse<Episode> createEpisode(NewEpisode body, String purpose) {
        Access who = open(purpose, AuditAction.CREATE, null);
        var referrer = body.getReferrer() == null ? null : new org.signpost.referral.model.Episode.Referrer(
                body.getReferrer().getName(), body.getReferrer().getOrganisation(), body.getReferrer().getOdsCode());
        var view = intake.create(who, new EpisodeIntake.NewEpisode(body.getResidentId(), ReferralSource.valueOf(body.getSource().name()),
                referrer, body.getPracticeOdsCode(), body.getReason(), body.getNeeds(), Urgency.valueOf(body.getUrgency().name()),
                body.getConsentedToReferral(), body.getReceivedOn()));
        return HttpResponse.status(HttpStatus.CREATED).body(ReferralMapping.episode(view));
    }

    @Override
    public Episode getEpisode(UUID episodeId, String purpose) {
        return ReferralMapping.episode(reads.read(open(purpose, AuditAction.READ, episodeId), episodeId));
    }

    @Override
    public Episode transitionEpisode(UUID episodeId, EpisodeTransitionRequest body, String purpose) {
        Access who = open(purpose, AuditAction.TRANSITION, episodeId);
        return ReferralMapping.episode(decisions.transition(who, episodeId, EpisodeStatus.fromWire(body.getTo().getValue()),
                body.getVersion(), body.getDeclineReason() == null ? null : EpisodeDeclineReason.valueOf(body.getDeclineReason().name()),
                body.getReason()));
    }

    @Override
    public Episode assignEpisode(UUID episodeId, AssignmentRequest body, String purpose) {
        Access who = open(purpose, AuditAction.UPDATE, episodeId);
        return ReferralMapping.episode(decisions.assign(who, episodeId, body.getLinkWorker(), body.getVersion()));
    }

    @Override
    public HttpResponse<ConversationNote> recordConversation(UUID episodeId, ConversationRequest body, String purpose) {
        Access who = open(purpose, AuditAction.UPDATE, episodeId);
        var note = work.recordConversation(who, episodeId, body.getHeldOn(), body.getWhatMatters(), body.getNotes());
        return HttpResponse.status(HttpStatus.CREATED).body(ReferralMapping.note(note,
                Map.of(who.actor().userId(), who.actor().username())));
    }

    @Override
    public Plan writePlan(UUID episodeId, PlanRequest body, String purpose) {
        Access who = open(purpose, AuditAction.UPDATE, episodeId);
        List<org.signpost.referral.model.Plan.Goal> goals = body.getGoals().stream()
                .map(g -> new org.signpost.referral.model.Plan.Goal(g.getDescription(), g.getTargetDate(),
                        g.getStatus() == null ? null : GoalStatus.valueOf(g.getStatus().name()))).toList();
        var plan = work.writePlan(who, episodeId, goals, body.getReviewDates(), body.getVersion());
        return ReferralMapping.plan(plan, Map.of(who.actor().userId(), who.actor().username()));
    }

    @Override
    public HttpResponse<OnwardReferral> createOnwardReferral(UUID episodeId, NewOnwardReferral body, String purpose) {
        Access who = open(purpose, AuditAction.CREATE, episodeId);
        var view = onward.draft(who, episodeId, body.getServiceId(), body.getNeed(), body.getSharedInformation());
        return HttpResponse.status(HttpStatus.CREATED).body(ReferralMapping.referral(view));
    }

    private Access open(String purpose, AuditAction action, UUID episodeId) {
        return access.open(currentActor.get(), purpose, action, Resource.of("episode", episodeId, null));
    }
}
