package org.signpost.evaluation.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One exported outcome row: what an evaluator may see of one score of one current record. No
 * name, date of birth, NHS number, postcode, contact details, free text, resident or episode id:
 * the person is a {@link PseudonymousKey}, their age a band at the completion day, their address
 * an outcode, the completion day a month, and time in service days since the episode started.
 */
public record PseudonymisedOutcome(
        String personKey,
        String ageBand,
        String sex,
        String outcode,
        String scheme,
        String practice,
        String referralSource,
        String needs,
        String measureId,
        String timepoint,
        Integer followUpWeeks,
        String completedMonth,
        String scoreKey,
        BigDecimal value,
        String band,
        Long daysSinceEpisodeStart) {

    /** The export's columns, in order. */
    public static final List<String> COLUMNS = List.of("person_key", "age_band", "sex", "outcode", "scheme", "practice",
            "referral_source", "needs", "measure_id", "timepoint", "follow_up_weeks", "completed_month", "score_key", "value", "band",
            "days_since_episode_start");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    /** Pseudonymises one fact. */
    public static PseudonymisedOutcome of(OutcomeFact fact, PseudonymousKey keys) {
        LocalDate on = fact.completedOn();
        Long days = fact.episodeStart() == null ? null : ChronoUnit.DAYS.between(fact.episodeStart(), on);
        return new PseudonymisedOutcome(keys.of(fact.residentId()), ageBand(fact.dateOfBirth(), on), fact.sex(),
                Outcode.of(fact.postcode()).orElse(null), fact.schemeId(), fact.practice(), fact.referralSource(), fact.needs(),
                fact.measureId(), fact.timepoint(), fact.followUpWeeks(), month(on), fact.scoreKey(), fact.value(), fact.band(), days);
    }

    /** The age band released for a completion on that day (none without a date of birth, or before it). */
    static String ageBand(LocalDate dateOfBirth, LocalDate on) {
        return dateOfBirth == null || dateOfBirth.isAfter(on) ? null : AgeBand.of(dateOfBirth, on).label();
    }

    /** The month released instead of the completion day. */
    static String month(LocalDate on) {
        return MONTH.format(on);
    }

    /** The values in column order. */
    public Object[] values() {
        return new Object[] {personKey, ageBand, sex, outcode, scheme, practice, referralSource, needs, measureId, timepoint,
            followUpWeeks, completedMonth, scoreKey, value, band, daysSinceEpisodeStart};
    }
}
