package org.signpost.wellbeing.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A measure completed for a resident at a timepoint of their episode, with the scores it earned
 * when recorded. Append-only: a correction is a new record whose {@code supersedes} names this one.
 * {@code followUpWeeks}, {@code supersedes} and {@code correctionReason} may be null.
 */
public record OutcomeRecord(
        UUID id,
        UUID episodeId,
        String measureId,
        String measureVersion,
        Timepoint timepoint,
        Integer followUpWeeks,
        LocalDate completedOn,
        Map<String, Integer> answers,
        CompletedBy completedBy,
        List<String> flags,
        UUID supersedes,
        String correctionReason,
        UUID recordedBy,
        Instant recordedAt,
        List<StoredScore> scores) implements BaselineAndLatest.Completion {

    public OutcomeRecord {
        answers = Map.copyOf(new TreeMap<>(answers));
        flags = List.copyOf(flags);
        scores = List.copyOf(scores);
    }

    public Optional<StoredScore> score(String key) {
        return scores.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The scores as the change rules read them, against the measure's current definition (keys it no longer has are left out). */
    public MeasureScore asMeasureScore(MeasureDefinition measure) {
        List<ScoreValue> values = scores.stream()
                .flatMap(s -> measure.scoreSpec(s.key()).stream().map(spec -> new ScoreValue(spec,
                        s.raw() == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(s.raw()), s.value(),
                        Optional.ofNullable(s.band()))))
                .toList();
        return new MeasureScore(measureId, measureVersion, values);
    }

    public OutcomeRecord withScores(List<StoredScore> stored) {
        return new OutcomeRecord(id, episodeId, measureId, measureVersion, timepoint, followUpWeeks, completedOn, answers, completedBy,
                flags, supersedes, correctionReason, recordedBy, recordedAt, stored);
    }
}
