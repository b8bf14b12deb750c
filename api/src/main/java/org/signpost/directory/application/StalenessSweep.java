package org.signpost.directory.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Finds verified listings that have crossed a staleness line and not yet been marked for it, and marks them once. */
public interface StalenessSweep {

    enum Line { REVIEW_DUE, HIDDEN }

    record Candidate(UUID serviceId, UUID organisationId, String name, LocalDate assuredDate) {
    }

    /**
     * Verified, not deleted, assured before {@code cutoff} (never assured counts for REVIEW_DUE),
     * and not yet marked for this line and this assured date.
     */
    List<Candidate> unmarked(Line line, LocalDate cutoff, int limit);

    /** True when this call made the mark (so exactly one caller, across instances, acts on it). */
    boolean mark(UUID serviceId, Line line, LocalDate assuredDate, Instant now);
}
