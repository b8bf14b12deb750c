package org.signpost.referral.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which onward referrals need the referrer's attention: sent and not answered within the
 * configured time, or tried several times (three by default) without reaching the resident, which
 * is the point to close it (decline: could not contact) rather than keep trying.
 */
public final class ReferralReminders {

    private ReferralReminders() {
    }

    public static boolean unanswered(OnwardStatus status, Instant sentAt, Instant now, Duration answerWithin) {
        return status == OnwardStatus.SENT && sentAt != null && sentAt.plus(answerWithin).isBefore(now);
    }

    /** Attempts oldest first; counts those since the resident was last reached. */
    public static int failedAttemptsSinceReached(List<ContactAttemptOutcome> attempts) {
        int failed = 0;
        for (ContactAttemptOutcome outcome : attempts) {
            failed = outcome == ContactAttemptOutcome.REACHED ? 0 : failed + 1;
        }
        return failed;
    }

    public static boolean attemptsExhausted(OnwardStatus status, List<ContactAttemptOutcome> attempts, int limit) {
        boolean waitingOnContact = status == OnwardStatus.SENT || status == OnwardStatus.ACCEPTED;
        return waitingOnContact && failedAttemptsSinceReached(attempts) >= limit;
    }
}
