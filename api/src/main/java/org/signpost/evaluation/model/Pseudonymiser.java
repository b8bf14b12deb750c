package org.signpost.evaluation.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Pseudonymises the facts of one export, in the order they are read: the same rows as
 * {@link PseudonymisedOutcome#of}, but what depends only on the person (their key, outcode) or
 * on the day (month, age band) is worked out once per run of equal values rather than per row.
 * An export reads a person's score rows together, so the HMAC runs once per person, not per
 * score. Not thread-safe: one per export.
 */
public final class Pseudonymiser {

    private final PseudonymousKey keys;
    private boolean primed;
    private String residentId;
    private String key;
    private String postcode;
    private String outcode;
    private LocalDate dateOfBirth;
    private LocalDate on;
    private String month;
    private String ageBand;

    public Pseudonymiser(PseudonymousKey keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** The released row of one fact. */
    public PseudonymisedOutcome apply(OutcomeFact fact) {
        if (!fact.residentId().equals(residentId)) {
            key = keys.of(fact.residentId());
            residentId = fact.residentId();
        }
        if (!primed || !Objects.equals(fact.postcode(), postcode)) {
            primed = true;
            postcode = fact.postcode();
            outcode = Outcode.of(postcode).orElse(null);
        }
        LocalDate completedOn = fact.completedOn();
        if (!completedOn.equals(on) || !Objects.equals(fact.dateOfBirth(), dateOfBirth)) {
            on = completedOn;
            dateOfBirth = fact.dateOfBirth();
            month = PseudonymisedOutcome.month(on);
            ageBand = PseudonymisedOutcome.ageBand(dateOfBirth, on);
        }
        Long days = fact.episodeStart() == null ? null : ChronoUnit.DAYS.between(fact.episodeStart(), completedOn);
        return new PseudonymisedOutcome(key, ageBand, fact.sex(), outcode, fact.schemeId(), fact.practice(), fact.referralSource(),
                fact.needs(), fact.measureId(), fact.timepoint(), fact.followUpWeeks(), month, fact.scoreKey(), fact.value(), fact.band(),
                days);
    }
}
