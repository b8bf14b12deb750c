package org.signpost.wellbeing.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.signpost.platform.errors.FieldViolation;

/**
 * When a completion may be said to have happened: a follow-up names its week (1 to 520 weeks since
 * the episode started), a baseline or discharge names none; the day is not before the referral was
 * received and not in the future. Faults are named by JSON field.
 */
public final class CompletionTiming {

    public static final int MAX_FOLLOW_UP_WEEKS = 520;

    private CompletionTiming() {
    }

    public static List<FieldViolation> timepoint(Timepoint timepoint, Integer followUpWeeks) {
        List<FieldViolation> faults = new ArrayList<>();
        if (timepoint == Timepoint.FOLLOW_UP) {
            if (followUpWeeks == null) {
                faults.add(new FieldViolation("follow_up_weeks", "is required for a follow_up (weeks since the episode started)"));
            } else if (followUpWeeks < 1 || followUpWeeks > MAX_FOLLOW_UP_WEEKS) {
                faults.add(new FieldViolation("follow_up_weeks", "must be from 1 to " + MAX_FOLLOW_UP_WEEKS + ", not " + followUpWeeks));
            }
        } else if (timepoint != null && followUpWeeks != null) {
            faults.add(new FieldViolation("follow_up_weeks", "belongs to a follow_up only, not a " + timepoint.name().toLowerCase()));
        }
        return faults;
    }

    public static List<FieldViolation> day(LocalDate completedOn, LocalDate episodeReceivedOn, LocalDate today) {
        if (completedOn == null) {
            return List.of(new FieldViolation("completed_on", "is required"));
        }
        if (completedOn.isAfter(today)) {
            return List.of(new FieldViolation("completed_on", "must not be in the future (today is " + today + ")"));
        }
        if (completedOn.isBefore(episodeReceivedOn)) {
            return List.of(new FieldViolation("completed_on", "is before the episode started (received on " + episodeReceivedOn + ")"));
        }
        return List.of();
    }
}
