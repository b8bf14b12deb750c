package org.signpost.search.application;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.signpost.search.model.Audience;
import org.signpost.search.model.ScheduleMoment;

/**
 * What a query is evaluated against besides its criteria: who asks, the moment ("on now",
 * soonest; fixed for every page of one search), and the oldest assurance residents may see.
 */
public record QueryContext(Audience audience, ZonedDateTime now, LocalDate oldestVisibleAssurance) {

    public ScheduleMoment moment() {
        return ScheduleMoment.of(now.toLocalDateTime());
    }
}
