package org.signpost.directory.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Now" and "today" for the directory: assured dates are local dates in the deployment's zone (Europe/London). */
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

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
