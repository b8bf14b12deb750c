package org.signpost.wellbeing.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.platform.errors.Violations;
import org.signpost.referral.model.EpisodeFacts;
import org.signpost.wellbeing.infrastructure.OutcomeRepository;
import org.signpost.wellbeing.model.CompletedBy;
import org.signpost.wellbeing.model.OutcomeEntry;
import org.signpost.wellbeing.model.OutcomeRecord;

/** A link worker or coordinator records a measure on an episode, or corrects a record (append-only). */
@Singleton
public class OutcomeRecording {

    private final OutcomeEpisodes episodes;
    private final OutcomeScorer scorer;
    private final OutcomeWriter writer;
    private final OutcomeRepository outcomes;
    private final TransactionOperations<Connection> transactions;

    OutcomeRecording(OutcomeEpisodes episodes, OutcomeScorer scorer, OutcomeWriter writer, OutcomeRepository outcomes,
            TransactionOperations<Connection> transactions) {
        this.episodes = episodes;
        this.scorer = scorer;
        this.writer = writer;
        this.outcomes = outcomes;
        this.transactions = transactions;
    }

    public OutcomeRecord record(Access who, UUID episodeId, OutcomeCommand command) {
        EpisodeFacts episode = episodes.forStaff(who, episodeId, AuditAction.CREATE);
        EpisodeInService.require(episode);
        return writer.write(who, episode, scorer.check(episode, command), CompletedBy.LINK_WORKER, null, null);
    }

    /**
     * A new record superseding {@code recordId}, with new answers and/or a new day (the rest as the
     * original) and a reason. The original stays as it was.
     */
    public OutcomeRecord correct(Access who, UUID recordId, Map<String, ? extends Number> answers, LocalDate completedOn, String reason) {
        OutcomeEntry original = transactions.executeRead(status -> outcomes.find(recordId))
                .orElseThrow(() -> episodes.refusedAsAbsent(who, AuditAction.UPDATE, Resource.of("outcome_record", recordId, null)));
        EpisodeFacts episode = episodes.forStaff(who, original.record().episodeId(), AuditAction.UPDATE);
        EpisodeInService.require(episode);
        if (!original.current()) {
            throw OutcomeWriter.alreadyCorrected(recordId, transactions.executeRead(status -> writer.headFrom(recordId)));
        }
        Violations violations = new Violations();
        if (reason == null || reason.isBlank()) {
            violations.add("reason", "is required: say why the record is corrected");
        } else if (reason.trim().length() > 500) {
            violations.add("reason", "must be at most 500 characters");
        }
        if (answers == null && completedOn == null) {
            violations.add("answers", "give new answers and/or a new completed_on");
        }
        violations.throwIfAny();
        OutcomeRecord old = original.record();
        OutcomeCommand command = new OutcomeCommand(old.measureId(), old.timepoint(), old.followUpWeeks(),
                completedOn == null ? old.completedOn() : completedOn, answers == null ? old.answers() : answers);
        return writer.write(who, episode, scorer.check(episode, command), old.completedBy(),
                new OutcomeWriter.Correction(recordId, reason.trim()), null);
    }
}
