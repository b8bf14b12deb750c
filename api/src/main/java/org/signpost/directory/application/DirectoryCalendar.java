package org.signpost.directory.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Now" and "today" for the directory and search: assured dates are local dates in the deployment's one zone
 * ({@code signpost.directory.zone}, Europe/London by default). */
@Singleton
public class DirectoryCalendar {

    private final Clock clock;
    private final ZoneId zone;

    DirectoryCalendar(Clock clock, DirectorySettings settings) {
        this.clock = clock;
        this.zone = ZoneId.of(settings.zone());
    }

    public Instant now() {
        return clock.instant();
    }

    /** The deployment's zone ({@code signpost.directory.zone}): where "today", days and times are reckoned, search included. */
    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
