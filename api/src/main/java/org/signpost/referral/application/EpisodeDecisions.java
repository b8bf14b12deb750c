package org.signpost.referral.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.people.application.Schemes;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.platform.errors.Violations;
import org.signpost.platform.rules.Decision;
import org.signpost.referral.infrastructure.EpisodeRepository;
import org.signpost.referral.infrastructure.EpisodeWorkRepository;
import org.signpost.referral.infrastructure.OnwardReferralRepository;
import org.signpost.platform.events.EventOutbox;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.referral.model.Episode;
import org.signpost.referral.model.EpisodeDeclineReason;
import org.signpost.referral.model.EpisodeStatus;
import org.signpost.referral.model.EpisodeTransitions;
import org.signpost.referral.model.NextContact;
import org.signpost.referral.model.OnwardReferral;
import org.signpost.referral.model.SocialPrescribingCodes;
import org.signpost.security.application.UserDirectory;
import org.signpost.security.model.Role;
import org.signpost.security.model.UserRef;

/** Accepting, declining and closing episodes (coded for GP systems), and assigning them to link workers. */
@Singleton
public class EpisodeDecisions {

    private final EpisodeRepository episodes;
    private final EpisodeWorkRepository work;
    private final OnwardReferralRepository onward;
    private final EpisodeAccess episodeAccess;
    private final EpisodeViews views;
    private final EventOutbox outbox;
    private final PersonalDataAccess access;
    private final UserDirectory users;
    private final Schemes schemes;
    private final ReferralSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    EpisodeDecisions(EpisodeRepository episodes, EpisodeWorkRepository work, OnwardReferralRepository onward, EpisodeAccess episodeAccess, EpisodeViews views,
            EventOutbox outbox, PersonalDataAccess access, UserDirectory users, Schemes schemes, ReferralSettings settings,
            TransactionOperations<Connection> transactions, Clock clock) {
        this.episodes = episodes;
        this.work = work;
        this.onward = onward;
        this.episodeAccess = episodeAccess;
        this.views = views;
        this.outbox = outbox;
        this.access = access;
        this.users = users;
        this.schemes = schemes;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    public EpisodeView transition(Access who, UUID episodeId, EpisodeStatus to, long version, EpisodeDeclineReason declineReason,
            String reason) {
        // the checks and the change in one write transaction, the episode read once (locked): a read-only transaction
        // before it cost six statements more per request (BENCHMARKS.md, "Cost per request"). A refusal writes nothing
        // here; it is audited after this transaction ends.
        Refusable<EpisodeView, Episode> outcome = transactions.executeWrite(status -> {
            Episode current = episodes.lock(episodeId).orElseThrow(() -> new NotFoundException("No episode " + episodeId));
            Decision decision = episodeAccess.mayManage(who, current);
            if (decision.denied()) {
                return Refusable.refuse(current, decision.reason());
            }
            new Violations().addAll(EpisodeTransitions.check(to, declineReason, reason)).throwIfAny();
            List<String> legal = EpisodeTransitions.legalFrom(current.status()).stream().map(EpisodeStatus::wire).toList();
            if (current.version() != version) {
                throw Conflicts.stale("The episode", version, current.status().wire(), current.version(), legal);
            }
            if (!EpisodeTransitions.isLegal(current.status(), to)) {
                throw Conflicts.state("An episode that is " + current.status().wire() + " cannot become " + to.wire(),
                        current.status().wire(), current.version(), legal);
            }
            if (to == EpisodeStatus.CLOSED) {
                List<OnwardReferral> open = onward.openOfEpisode(episodeId);
                if (!open.isEmpty()) {
                    throw OpenReferralConflicts.episodeHasOpenReferrals(open, current.status().wire(), current.version(), legal);
                }
            }
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock);
            Episode next = new Episode(current.id(), current.residentId(), current.schemeId(), current.source(), current.referrer(),
                    current.practiceOdsCode(), current.reason(), current.needs(), current.urgency(), to, declineReason,
                    current.receivedOn(), to == EpisodeStatus.ACCEPTED ? now : current.acceptedAt(),
                    EpisodeTransitions.isOpen(to) ? null : now, current.assignedTo(),
                    to == EpisodeStatus.ACCEPTED ? NextContact.onAcceptance(today, current.urgency(),
                            settings.firstContactDaysRoutine(), settings.firstContactDaysUrgent()) : null,
                    current.version(), current.createdBy(), current.createdAt());
            episodes.transition(next, now);
            episodes.recordTransition(episodeId, current.status(), to, who.actor().userId(), who.actor().username(), now,
                    declineReason, reason);
            SocialPrescribingCodes.forTransition(to, declineReason).ifPresent(concept -> work.insertCodedEvent(episodeId,
                    current.residentId(), current.schemeId(), concept.code(), concept.display(), who.actor().userId(), now));
            outbox.publish(decided(current, to, declineReason, who.actor().userId(), now), now);
            access.allowed(who, AuditAction.TRANSITION, EpisodeAccess.resource(current), EpisodeView.FIELDS);
            return Refusable.done(views.build(episodes.find(episodeId).orElseThrow()));
        });
        if (outcome.isRefused()) {
            throw access.denied(who, AuditAction.TRANSITION, EpisodeAccess.resource(outcome.refused()), outcome.reason());
        }
        return outcome.result();
    }

    public EpisodeView assign(Access who, UUID episodeId, String linkWorker, long version) {
        Episode episode = episodeAccess.forStaff(who, episodeId, AuditAction.UPDATE);
        UserRef worker = users.byUsername(linkWorker).filter(UserRef::enabled)
                .orElseThrow(() -> new InvalidInputException("link_worker", "No user is called " + linkWorker));
        if (!worker.has(Role.LINK_WORKER) || !schemes.of(worker.id()).contains(episode.schemeId())) {
            throw new InvalidInputException("link_worker", linkWorker + " is not a link worker of this episode's scheme");
        }
        if (!who.actor().has(Role.COORDINATOR) && !worker.id().equals(who.actor().userId())) {
            throw access.denied(who, AuditAction.UPDATE, EpisodeAccess.resource(episode),
                    "A link worker takes an episode themselves; a coordinator assigns it to others");
        }
        return transactions.executeWrite(status -> {
            Episode current = episodes.lock(episodeId).orElseThrow();
            List<String> legal = EpisodeTransitions.legalFrom(current.status()).stream().map(EpisodeStatus::wire).toList();
            if (current.version() != version) {
                throw Conflicts.stale("The episode", version, current.status().wire(), current.version(), legal);
            }
            if (!EpisodeTransitions.isOpen(current.status())) {
                throw new ConflictException("A " + current.status().wire() + " episode is not assigned to anyone any more");
            }
            Instant now = clock.instant();
            episodes.assign(episodeId, version, worker.id(), now);
            outbox.publish(new PlatformEvent.EpisodeAssigned(episodeId, current.schemeId(), worker.id(), who.actor().userId(), now), now);
            access.allowed(who, AuditAction.UPDATE, EpisodeAccess.resource(current), EpisodeView.FIELDS);
            return views.build(episodes.find(episodeId).orElseThrow());
        });
    }

    /** The event of an episode decision: accepted, declined (with its reason) or closed. */
    private static PlatformEvent decided(Episode episode, EpisodeStatus to, EpisodeDeclineReason declineReason, UUID actor, Instant now) {
        return switch (to) {
            case ACCEPTED -> new PlatformEvent.EpisodeAccepted(episode.id(), episode.schemeId(), actor, now);
            case DECLINED -> new PlatformEvent.EpisodeDeclined(episode.id(), episode.schemeId(), actor, now,
                    declineReason == null ? null : declineReason.wire());
            case CLOSED -> new PlatformEvent.EpisodeClosed(episode.id(), episode.schemeId(), actor, now);
            case REFERRED -> throw new IllegalArgumentException("No episode moves back to referred");
        };
    }
}
