package org.signpost.wellbeing.web;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.contract.model.EpisodeOutcomeChanges;
import org.signpost.contract.model.MeasureChange;
import org.signpost.contract.model.MeasureDirection;
import org.signpost.contract.model.OutcomeCompletion;
import org.signpost.contract.model.OutcomeInvitation;
import org.signpost.contract.model.OutcomeRecordCompletedBy;
import org.signpost.contract.model.OutcomeScore;
import org.signpost.contract.model.OutcomeTimepoint;
import org.signpost.contract.model.PendingOutcomeInvitation;
import org.signpost.contract.model.ScoreChange;
import org.signpost.wellbeing.application.OutcomeInvitations;
import org.signpost.wellbeing.application.OutcomeReads;
import org.signpost.wellbeing.model.MeasureChanges;
import org.signpost.wellbeing.model.OutcomeChangeReport;
import org.signpost.wellbeing.model.OutcomeRecord;
import org.signpost.wellbeing.model.Timepoint;

/** Outcome records, changes and invitations as the contract spells them; usernames in place of user ids. */
final class OutcomeResponses {

    private OutcomeResponses() {
    }

    static org.signpost.contract.model.OutcomeRecord record(OutcomeRecord r, UUID supersededBy, Map<UUID, String> usernames,
            java.util.Optional<org.signpost.wellbeing.model.MeasureDefinition> measure) {
        var out = new org.signpost.contract.model.OutcomeRecord(r.id(), r.episodeId(), r.measureId(), r.measureVersion(),
                timepoint(r.timepoint()), r.completedOn(), new LinkedHashMap<>(new java.util.TreeMap<>(r.answers())),
                OutcomeRecordCompletedBy.fromValue(r.completedBy().wire()), r.flags(), supersededBy == null,
                usernames.getOrDefault(r.recordedBy(), r.recordedBy().toString()), r.recordedAt().atOffset(ZoneOffset.UTC),
                r.scores().stream().map(s -> {
                    OutcomeScore score = new OutcomeScore(s.key(), scoreName(measure, s.key()), s.value()).rawValue(s.raw()).band(s.band());
                    return score;
                }).toList());
        return out.followUpWeeks(r.followUpWeeks()).supersedes(r.supersedes()).supersededBy(supersededBy)
                .correctionReason(r.correctionReason());
    }

    private static String scoreName(java.util.Optional<org.signpost.wellbeing.model.MeasureDefinition> measure, String key) {
        return measure.isEmpty() ? key : measure.get().scoreSpec(key).map(spec -> spec.name()).orElse(key);
    }

    static EpisodeOutcomeChanges changes(OutcomeReads.EpisodeChanges changes) {
        return new EpisodeOutcomeChanges(changes.episodeId(), changes.residentId(),
                changes.measures().stream().map(OutcomeResponses::measure).toList());
    }

    private static MeasureChange measure(OutcomeChangeReport report) {
        MeasureChange out = new MeasureChange(report.measure().id(), report.measure().name(), report.completions(),
                report.changes().stream().map(OutcomeResponses::score).toList());
        report.pair().ifPresent(pair -> out.baseline(completion(pair.baseline())).latest(completion(pair.latest())));
        return out;
    }

    private static ScoreChange score(MeasureChanges.ScoreChange change) {
        var c = change.change();
        return new ScoreChange(change.key(), change.spec().name(), MeasureDirection.valueOf(change.spec().direction().name()),
                change.spec().meaningfulChange(), c.baseline(), c.latest(), c.change(),
                org.signpost.contract.model.ChangeOutcome.fromValue(c.outcome().name().toLowerCase()));
    }

    private static OutcomeCompletion completion(OutcomeRecord r) {
        return new OutcomeCompletion(r.id(), timepoint(r.timepoint()), r.completedOn()).followUpWeeks(r.followUpWeeks());
    }

    static OutcomeInvitation invitation(org.signpost.wellbeing.model.OutcomeInvitation i, String invitedBy) {
        return new OutcomeInvitation(i.id(), i.episodeId(), i.measureId(), timepoint(i.timepoint()), invitedBy,
                i.invitedAt().atOffset(ZoneOffset.UTC), i.expiresAt().atOffset(ZoneOffset.UTC))
                .followUpWeeks(i.followUpWeeks()).completedRecord(i.completedRecord());
    }

    static PendingOutcomeInvitation pending(OutcomeInvitations.Pending p) {
        var i = p.invitation();
        return new PendingOutcomeInvitation(i.id(), timepoint(i.timepoint()), i.expiresAt().atOffset(ZoneOffset.UTC),
                MeasureResponses.measure(p.measure())).followUpWeeks(i.followUpWeeks());
    }

    static OutcomeTimepoint timepoint(Timepoint timepoint) {
        return OutcomeTimepoint.fromValue(timepoint.name().toLowerCase());
    }

    static Timepoint timepoint(OutcomeTimepoint timepoint) {
        return timepoint == null ? null : Timepoint.valueOf(timepoint.getValue().toUpperCase());
    }

    static List<UUID> recorders(List<OutcomeRecord> records) {
        return records.stream().map(OutcomeRecord::recordedBy).distinct().toList();
    }
}
