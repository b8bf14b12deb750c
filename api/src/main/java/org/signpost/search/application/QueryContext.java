package org.signpost.search.application;

import java.time.ZonedDateTime;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.search.model.Audience;
import org.signpost.search.model.ScheduleMoment;

/**
 * What a query is evaluated against besides its criteria: who asks, the moment ("on now",
 * soonest; fixed for every page of one search), and what the audience may see that day.
 */
public record QueryContext(Audience audience, ZonedDateTime now, ResidentVisibility.Criteria visibility) {

    public ScheduleMoment moment() {
        return ScheduleMoment.of(now.toLocalDateTime());
    }
}
