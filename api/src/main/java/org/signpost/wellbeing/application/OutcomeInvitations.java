package org.signpost.wellbeing.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.people.model.Resident;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.platform.errors.Violations;
import org.signpost.platform.events.EventOutbox;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.referral.application.EpisodeReader;
import org.signpost.referral.model.EpisodeFacts;
import org.signpost.security.model.Role;
import org.signpost.wellbeing.infrastructure.InvitationRepository;
import org.signpost.wellbeing.model.CompletedBy;
import org.signpost.wellbeing.model.CompletionTiming;
import org.signpost.wellbeing.model.MeasureDefinition;
import org.signpost.wellbeing.model.OutcomeInvitation;
import org.signpost.wellbeing.model.OutcomeRecord;
import org.signpost.wellbeing.model.Timepoint;

/**
 * Self-completion: staff invite the resident (who has an app account) to complete a measure; the
 * resident sees their own pending invitations and answers each once, before it expires. Anyone
 * else's invitation is not found (the attempt is audited as denied).
 */
@Singleton
public class OutcomeInvitations {

    /** A pending invitation with the measure to render. */
    public record Pending(OutcomeInvitation invitation, MeasureDefinition measure) {
    }

    private final OutcomeEpisodes episodes;
    private final EpisodeReader episodeReader;
    private final ResidentDirectory residents;
    private final OutcomeScorer scorer;
    private final OutcomeWriter writer;
    private final InvitationRepository invitations;
    private final MeasureCatalogue catalogue;
    private final PersonalDataAccess access;
    private final EventOutbox outbox;
    private final OutcomeSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    OutcomeInvitations(OutcomeEpisodes episodes, EpisodeReader episodeReader, ResidentDirectory residents, OutcomeScorer scorer,
            OutcomeWriter writer, InvitationRepository invitations, MeasureCatalogue catalogue, PersonalDataAccess access,
            EventOutbox outbox, OutcomeSettings settings, TransactionOperations<Connection> transactions, Clock clock) {
        this.episodes = episodes;
        this.episodeReader = episodeReader;
        this.residents = residents;
        this.scorer = scorer;
        this.writer = writer;
        this.invitations = invitations;
        this.catalogue = catalogue;
        this.access = access;
        this.outbox = outbox;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    public OutcomeInvitation invite(Access who, UUID episodeId, String measureId, Timepoint timepoint, Integer followUpWeeks) {
        EpisodeFacts episode = episodes.forStaff(who, episodeId, AuditAction.CREATE);
        EpisodeInService.require(episode);
        Violations violations = new Violations();
        scorer.enabledMeasure(measureId, violations);
        if (timepoint == null) {
            violations.add("timepoint", "is required: baseline, follow_up or discharge");
        }
        violations.addAll(CompletionTiming.timepoint(timepoint, followUpWeeks));
        violations.throwIfAny();
        Resident resident = residents.find(episode.residentId()).orElseThrow();
        if (resident.userAccountId() == null) {
            throw new ConflictException("This resident has no app account to answer an invitation; record the measure with them instead",
                    Map.of("resident_id", resident.id().toString()));
        }
        Instant now = clock.instant();
        OutcomeInvitation invitation = new OutcomeInvitation(UUID.randomUUID(), episodeId, measureId, timepoint, followUpWeeks,
                who.actor().userId(), now, now.plus(settings.invitationExpiry()), null);
        transactions.executeWrite(status -> {
            invitations.insert(invitation);
            outbox.publish(new PlatformEvent.OutcomeInvited(invitation.id(), episodeId, resident.userAccountId(), measureId,
                    timepoint.name().toLowerCase(java.util.Locale.ROOT), invitation.expiresAt()), now);
            access.allowed(who, AuditAction.CREATE, OutcomeEpisodes.resource(episode), List.of("outcome_invitations"));
            return null;
        });
        return invitation;
    }

    /** The signed-in resident's unanswered, unexpired invitations on measures still enabled, soonest expiry first. */
    public List<Pending> pending(Access who) {
        Resident me = self(who);
        if (me == null) {
            return List.of();
        }
        List<EpisodeFacts> mine = episodeReader.ofResident(me.id());
        List<OutcomeInvitation> open = transactions.executeRead(status -> invitations.pending(
                mine.stream().map(EpisodeFacts::episodeId).toList(), clock.instant()));
        List<Pending> pending = open.stream().flatMap(i -> catalogue.find(i.measureId()).filter(MeasureDefinition::enabled)
                .map(m -> new Pending(i, m)).stream()).toList();
        access.allowedEach(who, AuditAction.READ, mine.stream().map(OutcomeEpisodes::resource).toList(), List.of("outcome_invitations"));
        return pending;
    }

    /** The resident's answers to their own invitation: a record completed by the resident; the invitation is used up. */
    public OutcomeRecord answer(Access who, UUID invitationId, LocalDate completedOn, Map<String, ? extends Number> answers) {
        Resident me = self(who);
        Optional<OutcomeInvitation> found = transactions.executeRead(status -> invitations.find(invitationId));
        EpisodeFacts episode = found.flatMap(i -> episodeReader.find(i.episodeId())).orElse(null);
        if (episode == null || me == null || !episode.residentId().equals(me.id())) {
            access.denied(who, AuditAction.CREATE, Resource.of("outcome_invitation", invitationId, null),
                    "Not an invitation of the signed-in resident");
            throw new NotFoundException("You have no invitation " + invitationId);
        }
        OutcomeInvitation invitation = found.get();
        if (invitation.used()) {
            throw new ConflictException("This invitation has already been answered",
                    Map.of("completed_record", invitation.completedRecord().toString()));
        }
        if (invitation.expiredAt(clock.instant())) {
            throw new ConflictException("This invitation expired at " + invitation.expiresAt(),
                    Map.of("expires_at", invitation.expiresAt().toString()));
        }
        EpisodeInService.require(episode);
        OutcomeCommand command = new OutcomeCommand(invitation.measureId(), invitation.timepoint(), invitation.followUpWeeks(),
                completedOn == null ? scorer.today() : completedOn, answers);
        return writer.write(who, episode, scorer.check(episode, command), CompletedBy.RESIDENT, null, written -> {
            if (!invitations.markUsed(invitationId, written.id())) {
                throw new ConflictException("This invitation has already been answered", Map.of("invitation_id", invitationId.toString()));
            }
        });
    }

    private Resident self(Access who) {
        if (!who.actor().has(Role.RESIDENT)) {
            throw access.denied(who, AuditAction.READ, Resource.of("outcome_invitation", null, null),
                    "Only a resident answers their own invitations");
        }
        return residents.ownedBy(who.actor().userId()).orElse(null);
    }
}
