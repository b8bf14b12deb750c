package org.signpost.referral.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The personalised plan of an episode: goals and the dates it will be reviewed. */
public record Plan(UUID episodeId, List<Goal> goals, List<LocalDate> reviewDates, long version, UUID updatedBy, Instant updatedAt) {

    public Plan {
        goals = List.copyOf(goals);
        reviewDates = List.copyOf(reviewDates);
    }

    /** One goal: what the resident wants, by when, and how far it has got. */
    public record Goal(String description, LocalDate targetDate, GoalStatus status) {
    }
}
