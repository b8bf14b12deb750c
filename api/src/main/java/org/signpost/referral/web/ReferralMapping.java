package org.signpost.referral.web;

import static org.signpost.people.web.ResidentMapping.time;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.contract.model.CodedEvent;
import org.signpost.contract.model.CompletionOutcome;
import org.signpost.contract.model.ContactAttempt;
import org.signpost.contract.model.ContactAttemptOutcome;
import org.signpost.contract.model.ContactMethod;
import org.signpost.contract.model.ContactPreference;
import org.signpost.contract.model.ConversationNote;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeDeclineReason;
import org.signpost.contract.model.EpisodeStatus;
import org.signpost.contract.model.Goal;
import org.signpost.contract.model.GoalStatus;
import org.signpost.contract.model.OnwardDeclineReason;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.OnwardStatus;
import org.signpost.contract.model.Plan;
import org.signpost.contract.model.ReferralSource;
import org.signpost.contract.model.Referrer;
import org.signpost.contract.model.SharedWithProvider;
import org.signpost.contract.model.StatusChange;
import org.signpost.contract.model.NeedTerm;
import org.signpost.contract.model.Urgency;
import org.signpost.referral.application.EpisodeView;
import org.signpost.referral.application.OnwardReferralView;

/** From the referral feature's views to the contract's shapes. */
final class ReferralMapping {

    private ReferralMapping() {
    }

    static Episode episode(EpisodeView v) {
        var e = v.episode();
        Map<UUID, String> names = v.usernames();
        Episode out = new Episode(e.id(), e.residentId(), e.schemeId(), ReferralSource.valueOf(e.source().name()), e.reason(),
                v.needs().stream().map(n -> new NeedTerm(n.code(), n.name())).toList(), Urgency.valueOf(e.urgency().name()),
                EpisodeStatus.valueOf(e.status().name()), e.receivedOn(), e.version(),
                v.conversations().stream().map(n -> note(n, names)).toList(), v.referrals().stream().map(ReferralMapping::referral).toList(),
                v.codedEvents().stream().map(ReferralMapping::codedEvent).toList(), v.history().stream().map(ReferralMapping::change).toList());
        if (e.referrer() != null) {
            out.setReferrer(new Referrer().name(e.referrer().name()).organisation(e.referrer().organisation())
                    .odsCode(e.referrer().odsCode()));
        }
        out.setPracticeOdsCode(e.practiceOdsCode());
        if (e.declineReason() != null) {
            out.setDeclineReason(EpisodeDeclineReason.valueOf(e.declineReason().name()));
        }
        out.setAcceptedAt(time(e.acceptedAt()));
        out.setEndedAt(time(e.endedAt()));
        out.setAssignedTo(e.assignedTo() == null ? null : names.get(e.assignedTo()));
        out.setNextContactDue(e.nextContactDue());
        if (v.plan() != null) {
            out.setPlan(plan(v.plan(), names));
        }
        return out;
    }

    static ConversationNote note(org.signpost.referral.model.ConversationNote n, Map<UUID, String> names) {
        return new ConversationNote(n.id(), n.heldOn(), n.whatMatters(), names.getOrDefault(n.recordedBy(), String.valueOf(n.recordedBy())),
                time(n.recordedAt())).notes(n.notes());
    }

    static Plan plan(org.signpost.referral.model.Plan p, Map<UUID, String> names) {
        return new Plan(p.goals().stream().map(g -> new Goal(g.description()).targetDate(g.targetDate())
                .status(GoalStatus.valueOf(g.status().name()))).toList(), p.reviewDates(), p.version(),
                names.getOrDefault(p.updatedBy(), String.valueOf(p.updatedBy())), time(p.updatedAt()));
    }

    static CodedEvent codedEvent(org.signpost.referral.model.CodedEvent e) {
        return new CodedEvent(e.cursor(), e.episodeId(), e.residentId(), e.code(), e.display(), time(e.recordedAt()));
    }

    static StatusChange change(org.signpost.referral.model.StatusChange c) {
        return new StatusChange(c.from(), c.to(), time(c.at()), c.actor()).reason(c.reason()).declineReason(c.declineReason())
                .outcome(c.outcome());
    }

    static OnwardReferral referral(OnwardReferralView v) {
        var r = v.referral();
        OnwardReferral out = new OnwardReferral(r.id(), r.serviceId(), r.serviceName(), r.organisationId(),
                new NeedTerm(r.needCode(), v.needName()), OnwardStatus.valueOf(r.status().name()), r.version(), r.placeHeld(),
                v.consentInForce(), v.history().stream().map(ReferralMapping::change).toList(),
                v.attempts().stream().map(ReferralMapping::attempt).toList(), time(r.createdAt()));
        if (!v.forProvider()) {
            out.setEpisodeId(r.episodeId());
            out.setResidentId(r.residentId());
        }
        out.setLegalTransitions(v.legalTransitions().stream().map(s -> OnwardStatus.valueOf(s.name())).toList());
        out.setCapacityOverrideReason(r.capacityOverrideReason());
        if (r.declineReason() != null) {
            out.setDeclineReason(OnwardDeclineReason.valueOf(r.declineReason().name()));
        }
        if (r.outcome() != null) {
            out.setOutcome(CompletionOutcome.valueOf(r.outcome().name()));
        }
        out.setSentAt(time(r.sentAt()));
        if (v.shared() != null) {
            var s = v.shared();
            out.setShared(new SharedWithProvider(s.name(), new ContactPreference(ContactMethod.valueOf(s.method().name()))
                    .notes(s.contactNotes())).contact(s.contact()).sharedInformation(s.sharedInformation()));
        }
        return out;
    }

    static ContactAttempt attempt(org.signpost.referral.model.ContactAttempt a) {
        return new ContactAttempt(time(a.at()), ContactAttemptOutcome.valueOf(a.outcome().name()), a.actor()).note(a.note());
    }

    static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : list;
    }
}
