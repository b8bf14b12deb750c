package org.signpost.evaluation.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One exported outcome row: what an evaluator may see of one score of one current record. No
 * name, date of birth, NHS number, postcode, practice, contact details, free text, resident or
 * episode id: the person is a {@link PseudonymousKey}, and what an outsider could match them on
 * is generalised ({@link QuasiIdentifiers}), or withheld altogether (null) when their profile is
 * rarer than k ({@link KAnonymity}).
 */
public record PseudonymisedOutcome(
        String personKey,
        String ageBand,
        String sex,
        String postcodeArea,
        String scheme,
        String referralSource,
        String needs,
        String measureId,
        String timepoint,
        Integer followUpWeeks,
        String completedQuarter,
        String scoreKey,
        BigDecimal value,
        String band,
        String daysSinceEpisodeStart) {

    /** The export's columns, in order. */
    public static final List<String> COLUMNS = List.of("person_key", "age_band", "sex", "postcode_area", "scheme", "referral_source",
            "needs", "measure_id", "timepoint", "follow_up_weeks", "completed_quarter", "score_key", "value", "band",
            "days_since_episode_start");

    /** The columns that are quasi-identifiers (generalised, or withheld for rare profiles). */
    public static final List<String> QUASI_IDENTIFIERS = List.of("age_band", "sex", "postcode_area", "needs", "completed_quarter",
            "days_since_episode_start");

    /** One fact released with its generalised quasi-identifiers, or with them withheld ({@code released} null). */
    public static PseudonymisedOutcome of(OutcomeFact fact, String personKey, QuasiIdentifiers released) {
        QuasiIdentifiers q = released == null ? new QuasiIdentifiers(null, null, null, null, null, null) : released;
        return new PseudonymisedOutcome(personKey, q.ageBand(), q.sex(), q.postcodeArea(), fact.schemeId(), fact.referralSource(),
                q.needs(), fact.measureId(), fact.timepoint(), fact.followUpWeeks(), q.completedQuarter(), fact.scoreKey(), fact.value(),
                fact.band(), q.daysSinceEpisodeStart());
    }

    /** The values in column order. */
    public Object[] values() {
        return new Object[] {personKey, ageBand, sex, postcodeArea, scheme, referralSource, needs, measureId, timepoint, followUpWeeks,
            completedQuarter, scoreKey, value, band, daysSinceEpisodeStart};
    }
}
