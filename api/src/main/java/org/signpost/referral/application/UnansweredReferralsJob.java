package org.signpost.referral.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.signpost.platform.events.EventOutbox;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.referral.infrastructure.OnwardReferralRepository;
import org.signpost.referral.model.OnwardReferral;
import org.signpost.referral.model.ReferralReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@code referral.unanswered} once for each sent onward referral its group has not answered within
 * {@code signpost.referrals.answer-within} (the rule of {@link ReferralReminders}, which the caseload shows too), so that
 * the referring link worker hears of it. Safe to run often and on several instances: the mark and the event are
 * written together, and only the instance that marks a referral publishes.
 */
@Singleton
public class UnansweredReferralsJob {

    private static final Logger LOG = LoggerFactory.getLogger(UnansweredReferralsJob.class);
    private static final int BATCH = 500;

    private final OnwardReferralRepository referrals;
    private final EventOutbox outbox;
    private final ReferralSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    UnansweredReferralsJob(OnwardReferralRepository referrals, EventOutbox outbox, ReferralSettings settings,
            TransactionOperations<Connection> transactions, Clock clock) {
        this.referrals = referrals;
        this.outbox = outbox;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Answers how many referrals it reported. */
    public int run() {
        int total = 0;
        while (true) {
            Instant now = clock.instant();
            Instant sentBefore = now.minus(settings.answerWithin());
            List<OnwardReferral> batch = transactions.executeRead(status -> referrals.unansweredUnreported(sentBefore, BATCH));
            int reported = transactions.executeWrite(status -> {
                int marked = 0;
                for (OnwardReferral r : batch) {
                    if (ReferralReminders.unanswered(r.status(), r.sentAt(), now, settings.answerWithin())
                            && referrals.markUnansweredReported(r.id(), sentBefore, now)) {
                        outbox.publish(new PlatformEvent.ReferralUnanswered(r.id(), r.episodeId(), r.serviceId(), r.organisationId(),
                                r.schemeId(), r.createdBy(), r.sentAt(), settings.answerWithin()), now);
                        marked++;
                    }
                }
                return marked;
            });
            total += reported;
            if (batch.size() < BATCH || reported == 0) {
                if (total > 0) {
                    LOG.info("{} sent referrals reported unanswered after {}", total, settings.answerWithin());
                }
                return total;
            }
        }
    }
}
