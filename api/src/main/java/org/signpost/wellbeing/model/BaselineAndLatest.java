package org.signpost.wellbeing.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which two completions of one measure in one episode a change is measured between: the baseline
 * is the earliest current baseline completion; the latest is the most recent current completion
 * that is not a baseline (a follow-up or the discharge). Ties on the day go to the later
 * recording. Superseded (corrected) completions never count: callers pass current ones only.
 * Without both there is no change to report (a follow-up without a baseline is flagged, not
 * paired with anything).
 */
public final class BaselineAndLatest {

    private BaselineAndLatest() {
    }

    /** What the rule needs to know of a completion. */
    public interface Completion {

        Timepoint timepoint();

        LocalDate completedOn();

        Instant recordedAt();
    }

    /** The pair a change is measured between. */
    public record Pair<T extends Completion>(T baseline, T latest) {
    }

    private static final Comparator<Completion> BY_TIME =
            Comparator.comparing(Completion::completedOn).thenComparing(Completion::recordedAt);

    public static <T extends Completion> Optional<Pair<T>> choose(Collection<T> current) {
        Optional<T> baseline = current.stream().filter(c -> c.timepoint() == Timepoint.BASELINE).min(BY_TIME);
        Optional<T> latest = current.stream().filter(c -> c.timepoint() != Timepoint.BASELINE).max(BY_TIME);
        if (baseline.isEmpty() || latest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pair<>(baseline.get(), latest.get()));
    }
}
