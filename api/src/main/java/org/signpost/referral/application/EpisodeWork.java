package org.signpost.referral.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.Violations;
import org.signpost.referral.infrastructure.EpisodeRepository;
import org.signpost.referral.infrastructure.EpisodeWorkRepository;
import org.signpost.referral.model.ConversationNote;
import org.signpost.referral.model.Episode;
import org.signpost.referral.model.EpisodeStatus;
import org.signpost.referral.model.GoalStatus;
import org.signpost.referral.model.NextContact;
import org.signpost.referral.model.Plan;

/** What a link worker records while an episode is accepted: conversations and the personalised plan. */
@Singleton
public class EpisodeWork {

    private final EpisodeRepository episodes;
    private final EpisodeWorkRepository work;
    private final EpisodeAccess episodeAccess;
    private final PersonalDataAccess access;
    private final ReferralSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    EpisodeWork(EpisodeRepository episodes, EpisodeWorkRepository work, EpisodeAccess episodeAccess, PersonalDataAccess access,
            ReferralSettings settings, TransactionOperations<Connection> transactions, Clock clock) {
        this.episodes = episodes;
        this.work = work;
        this.episodeAccess = episodeAccess;
        this.access = access;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ConversationNote recordConversation(Access who, UUID episodeId, LocalDate heldOn, String whatMatters, String notes) {
        Episode episode = episodeAccess.forStaff(who, episodeId, AuditAction.UPDATE);
        requireAccepted(episode);
        Violations violations = new Violations();
        if (heldOn.isAfter(LocalDate.now(clock))) {
            violations.add("held_on", "must not be in the future");
        } else if (heldOn.isBefore(episode.receivedOn())) {
            violations.add("held_on", "is before the referral was received (" + episode.receivedOn() + ")");
        }
        if (whatMatters == null || whatMatters.isBlank()) {
            violations.add("what_matters", "must not be blank");
        }
        violations.throwIfAny();
        ConversationNote note = new ConversationNote(UUID.randomUUID(), episodeId, heldOn, whatMatters.trim(),
                notes == null || notes.isBlank() ? null : notes.trim(), who.actor().userId(), clock.instant());
        transactions.executeWrite(status -> {
            // the episode row first: the note's foreign key would otherwise take a shared lock on it, and two
            // conversations at once would each wait for the other's to update next_contact_due (a deadlock)
            requireAccepted(episodes.lock(episodeId).orElseThrow());
            work.insertNote(note);
            List<LocalDate> reviews = work.plan(episodeId).map(Plan::reviewDates).orElse(List.of());
            episodes.nextContact(episodeId, NextContact.afterConversation(heldOn, reviews, settings.followUpDays()), clock.instant());
            access.allowed(who, AuditAction.UPDATE, EpisodeAccess.resource(episode), List.of("conversations"));
            return null;
        });
        return note;
    }

    public Plan writePlan(Access who, UUID episodeId, List<Plan.Goal> goals, List<LocalDate> reviewDates, long version) {
        Episode episode = episodeAccess.forStaff(who, episodeId, AuditAction.UPDATE);
        requireAccepted(episode);
        Violations violations = new Violations();
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).description() == null || goals.get(i).description().isBlank()) {
                violations.add("goals[" + i + "].description", "must not be blank");
            }
        }
        for (int i = 0; i < reviewDates.size(); i++) {
            if (reviewDates.get(i).isBefore(episode.receivedOn())) {
                violations.add("review_dates[" + i + "]", "is before the referral was received (" + episode.receivedOn() + ")");
            }
        }
        violations.throwIfAny();
        Instant now = clock.instant();
        List<Plan.Goal> cleaned = goals.stream().map(g -> new Plan.Goal(g.description().trim(), g.targetDate(),
                g.status() == null ? GoalStatus.NOT_STARTED : g.status())).toList();
        List<LocalDate> dates = List.copyOf(new TreeSet<>(reviewDates));
        Plan plan = new Plan(episodeId, cleaned, dates, version + 1, who.actor().userId(), now);
        return transactions.executeWrite(status -> {
            requireAccepted(episodes.lock(episodeId).orElseThrow()); // the episode row first, as for conversations
            if (!work.writePlan(plan, version)) {
                long current = work.plan(episodeId).map(Plan::version).orElse(0L);
                throw new ConflictException("The plan changed since version " + version + ": it is now version " + current,
                        Map.of("current_version", current));
            }
            Episode fresh = episodes.find(episodeId).orElseThrow();
            episodes.nextContact(episodeId, NextContact.afterPlan(LocalDate.now(clock), fresh.nextContactDue(), dates), now);
            access.allowed(who, AuditAction.UPDATE, EpisodeAccess.resource(episode), List.of("plan"));
            return work.plan(episodeId).orElseThrow();
        });
    }

    private static void requireAccepted(Episode episode) {
        if (episode.status() != EpisodeStatus.ACCEPTED) {
            throw Conflicts.state("Conversations and plans belong to an accepted episode; this one is " + episode.status().wire(),
                    episode.status().wire(), episode.version(),
                    org.signpost.referral.model.EpisodeTransitions.legalFrom(episode.status()).stream().map(EpisodeStatus::wire).toList());
        }
    }
}
