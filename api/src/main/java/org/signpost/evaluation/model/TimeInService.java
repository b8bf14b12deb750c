package org.signpost.evaluation.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long a person had been in the service when their latest outcome was recorded, in bands of
 * whole weeks from the episode's start: 0-5, 6-11, 12-25, 26-51, 52+ (follow-ups are usually at
 * about 6 and 12 weeks, 3 and 6 months).
 */
public final class TimeInService {

    private static final int[] STARTS = {0, 6, 12, 26, 52};

    private TimeInService() {
    }

    public static String band(LocalDate episodeStart, LocalDate latest) {
        long weeks = Math.max(0, ChronoUnit.DAYS.between(episodeStart, latest)) / 7;
        for (int i = STARTS.length - 1; i >= 0; i--) {
            if (weeks >= STARTS[i]) {
                return i == STARTS.length - 1 ? STARTS[i] + "+ weeks" : STARTS[i] + "-" + (STARTS[i + 1] - 1) + " weeks";
            }
        }
        throw new IllegalStateException("weeks " + weeks);
    }
}
