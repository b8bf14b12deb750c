package org.signpost.directory.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Runs the {@link ReviewDueJob} every {@code signpost.directory.review-job.interval} (default 1h);
 * {@code signpost.directory.review-job.enabled: false} turns it off (e.g. on all but one instance,
 * though running on several is safe).
 */
@Singleton
@Requires(property = "signpost.directory.review-job.enabled", notEquals = "false")
class ReviewDueSchedule {

    private final ReviewDueJob job;

    ReviewDueSchedule(ReviewDueJob job) {
        this.job = job;
    }

    @Scheduled(fixedDelay = "${signpost.directory.review-job.interval:1h}",
            initialDelay = "${signpost.directory.review-job.initial-delay:2m}")
    void run() {
        job.run();
    }
}
