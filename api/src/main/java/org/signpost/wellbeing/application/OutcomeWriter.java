package org.signpost.wellbeing.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.platform.errors.ConflictException;
import org.signpost.referral.model.EpisodeFacts;
import org.signpost.wellbeing.infrastructure.OutcomeRepository;
import org.signpost.wellbeing.model.CompletedBy;
import org.signpost.wellbeing.model.OutcomeFlags;
import org.signpost.wellbeing.model.OutcomeRecord;
import org.signpost.wellbeing.model.StoredScore;

/**
 * Writes one checked completion (a record and one score row per score) in one transaction with
 * its audit entry, flagging a follow-up without a current baseline. A correction locks the record
 * it corrects and refuses, as 409 naming the current record, when another correction got there
 * first; UNIQUE(supersedes) is the last word if two slip past the lock.
 */
@Singleton
class OutcomeWriter {

    /** Extra work inside the same transaction (e.g. using up an invitation); throw to roll everything back. */
    interface Alongside {
        void run(OutcomeRecord written);
    }

    /** What a correction carries: the record it corrects and why. */
    record Correction(UUID supersedes, String reason) {
    }

    private final OutcomeRepository outcomes;
    private final PersonalDataAccess access;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    OutcomeWriter(OutcomeRepository outcomes, PersonalDataAccess access, TransactionOperations<Connection> transactions, Clock clock) {
        this.outcomes = outcomes;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    OutcomeRecord write(Access who, EpisodeFacts episode, OutcomeScorer.Scored scored, CompletedBy by, Correction correction,
            Alongside alongside) {
        try {
            return transactions.executeWrite(status -> {
                if (correction != null) {
                    outcomes.lock(correction.supersedes());
                    Optional<UUID> successor = outcomes.successorOf(correction.supersedes());
                    if (successor.isPresent()) {
                        throw alreadyCorrected(correction.supersedes(), headFrom(successor.get()));
                    }
                }
                var command = scored.command();
                List<String> flags = OutcomeFlags.on(command.timepoint(),
                        outcomes.hasCurrentBaseline(episode.episodeId(), scored.measure().id()));
                OutcomeRecord record = new OutcomeRecord(UUID.randomUUID(), episode.episodeId(), scored.measure().id(),
                        scored.measure().version(), command.timepoint(), command.followUpWeeks(), command.completedOn(), scored.answers(),
                        by, flags, correction == null ? null : correction.supersedes(), correction == null ? null : correction.reason(),
                        who.actor().userId(), clock.instant(), scored.score().scores().stream().map(StoredScore::of).toList());
                outcomes.insert(record);
                if (alongside != null) {
                    alongside.run(record);
                }
                access.allowed(who, correction == null ? AuditAction.CREATE : AuditAction.UPDATE, OutcomeEpisodes.resource(episode),
                        List.of("outcomes"));
                return record;
            });
        } catch (RuntimeException e) {
            if (correction != null && duplicateKey(e)) {
                UUID head = transactions.executeRead(status -> headFrom(correction.supersedes()));
                throw alreadyCorrected(correction.supersedes(), head);
            }
            throw e;
        }
    }

    /** The current record of the chain that starts at {@code id} (follows supersedes forward). */
    UUID headFrom(UUID id) {
        UUID head = id;
        for (Optional<UUID> next = outcomes.successorOf(head); next.isPresent(); next = outcomes.successorOf(head)) {
            head = next.get();
        }
        return head;
    }

    static ConflictException alreadyCorrected(UUID record, UUID current) {
        return new ConflictException("The record " + record + " has already been corrected; correct the current record " + current,
                Map.of("current_record_id", current.toString()));
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
