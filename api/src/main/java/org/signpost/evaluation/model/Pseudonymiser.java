package org.signpost.evaluation.model;

import java.util.Objects;

/**
 * Pseudonymises the facts of one export, in the order they are read: exactly the rows of
 * {@link PseudonymisedOutcome#of}, but the keyed hash runs once per run of the same person rather
 * than once per score row (an export reads a person's rows together). Not thread-safe: one per export.
 */
public final class Pseudonymiser {

    private final PseudonymousKey keys;
    private String residentId;
    private String key;

    public Pseudonymiser(PseudonymousKey keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** The released row of one fact. */
    public PseudonymisedOutcome apply(OutcomeFact fact) {
        if (!fact.residentId().equals(residentId)) {
            key = keys.of(fact.residentId());
            residentId = fact.residentId();
        }
        return PseudonymisedOutcome.of(fact, key);
    }
}
