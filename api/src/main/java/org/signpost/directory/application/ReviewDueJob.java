package org.signpost.directory.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.signpost.directory.model.ReviewPeriods;
import org.signpost.platform.events.EventOutbox;
import org.signpost.platform.events.PlatformEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staleness sweep, safe to run often and on several instances at once:
 * <ul>
 *   <li>each verified listing whose assured_date is older than review-after (or missing) gets one
 *       {@code listing.review-due} event per due period (a period ends when someone confirms the
 *       listing, which changes its assured_date);</li>
 *   <li>each verified listing that passes hide-after gets one {@code search_outbox} row, because
 *       residents stop seeing it though nothing in it changed, and one {@code listing.hidden-for-staleness}
 *       event, so that its group hears of it.</li>
 * </ul>
 */
@Singleton
public class ReviewDueJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewDueJob.class);
    private static final int BATCH = 500;

    /** What one run did. */
    public record Outcome(int reminded, int hidden) {
    }

    private final StalenessSweep sweep;
    private final EventOutbox events;
    private final SearchOutbox search;
    private final ReviewPeriods periods;
    private final DirectoryCalendar calendar;
    private final TransactionOperations<Connection> transactions;

    ReviewDueJob(StalenessSweep sweep, EventOutbox events, SearchOutbox search, ReviewPeriods periods, DirectoryCalendar calendar,
            TransactionOperations<Connection> transactions) {
        this.sweep = sweep;
        this.events = events;
        this.search = search;
        this.periods = periods;
        this.calendar = calendar;
        this.transactions = transactions;
    }

    public Outcome run() {
        LocalDate today = calendar.today();
        int reminded = sweep(StalenessSweep.Line.REVIEW_DUE, periods.reviewCutoff(today), this::remind);
        int hidden = sweep(StalenessSweep.Line.HIDDEN, periods.hideCutoff(today), this::hide);
        if (reminded + hidden > 0) {
            LOG.info("Staleness sweep: {} listings newly due for review, {} newly hidden from residents", reminded, hidden);
        }
        return new Outcome(reminded, hidden);
    }

    private int sweep(StalenessSweep.Line line, LocalDate cutoff, java.util.function.Consumer<StalenessSweep.Candidate> act) {
        int total = 0;
        while (true) {
            List<StalenessSweep.Candidate> batch = sweep.unmarked(line, cutoff, BATCH);
            if (batch.isEmpty()) {
                return total;
            }
            int acted = transactions.executeWrite(status -> {
                int marked = 0;
                for (StalenessSweep.Candidate candidate : batch) {
                    if (sweep.mark(candidate.serviceId(), line, candidate.assuredDate(), calendar.now())) {
                        act.accept(candidate);
                        marked++;
                    }
                }
                return marked;
            });
            total += acted;
            if (acted == 0 && batch.size() < BATCH) {
                // another instance marked this last batch first: nothing is left
                return total;
            }
        }
    }

    private void remind(StalenessSweep.Candidate c) {
        events.publish(new PlatformEvent.ListingReviewDue(c.serviceId(), c.organisationId(), c.assuredDate(),
                c.assuredDate() == null ? null : c.assuredDate().plus(periods.reviewAfter()).plusDays(1)), calendar.now());
    }

    private void hide(StalenessSweep.Candidate c) {
        search.enqueue(List.of(c.serviceId()), calendar.now());
        events.publish(new PlatformEvent.ListingHiddenForStaleness(c.serviceId(), c.organisationId(), c.assuredDate(),
                c.assuredDate() == null ? null : c.assuredDate().plus(periods.hideAfter()).plusDays(1)), calendar.now());
    }
}
