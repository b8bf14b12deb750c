package org.signpost.people.application;

import java.util.UUID;

/**
 * A feature that keeps history about residents (episodes, referrals, MECC records) moves it from a
 * merged record to the surviving one, inside the merge's transaction.
 */
public interface ResidentMergeParticipant {

    /** What this participant calls the rows it moves, e.g. "episodes". */
    String history();

    /** Moves every row about {@code from} to {@code to}; answers how many moved. */
    int move(UUID from, UUID to);
}
