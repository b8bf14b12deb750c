package org.signpost.referral.model;

import java.time.Instant;
import java.util.UUID;

/** One attempt to reach the resident about an onward referral. */
public record ContactAttempt(UUID id, UUID referralId, ContactAttemptOutcome outcome, String note, String actor, Instant at) {
}
