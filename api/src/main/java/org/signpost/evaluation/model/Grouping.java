package org.signpost.evaluation.model;

/** What a change summary is split by. */
public enum Grouping {
    /** The episode's assigned link worker, as a pseudonymous staff key. */
    LINK_WORKER,
    SCHEME,
    REFERRAL_SOURCE,
    /** An episode's needs: a person with several needs is in several groups, so the groups do not add up to a total. */
    NEED,
    /** The episode's practice, else the resident's registered practice. */
    PRACTICE,
    /** At the baseline completion. */
    AGE_BAND,
    SEX,
    /** Weeks from the episode's start to the latest completion ({@link TimeInService}). */
    TIME_IN_SERVICE;

    /** Whether one person can be in more than one group (then no total is published). */
    public boolean overlapping() {
        return this == NEED;
    }
}
