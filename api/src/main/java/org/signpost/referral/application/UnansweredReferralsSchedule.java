package org.signpost.referral.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Runs the {@link UnansweredReferralsJob} every {@code signpost.referrals.unanswered-job.interval} (default 15m);
 * {@code signpost.referrals.unanswered-job.enabled: false} turns it off (running on several instances is safe).
 */
@Singleton
@Requires(property = "signpost.referrals.unanswered-job.enabled", notEquals = "false")
class UnansweredReferralsSchedule {

    private final UnansweredReferralsJob job;

    UnansweredReferralsSchedule(UnansweredReferralsJob job) {
        this.job = job;
    }

    @Scheduled(fixedDelay = "${signpost.referrals.unanswered-job.interval:15m}",
            initialDelay = "${signpost.referrals.unanswered-job.initial-delay:2m}")
    void run() {
        job.run();
    }
}
