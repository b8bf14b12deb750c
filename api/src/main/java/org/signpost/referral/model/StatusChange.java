package org.signpost.referral.model;

import java.time.Instant;

/** One transition as recorded: from, to, when, by whom, and why. Wire-form status names. */
public record StatusChange(String from, String to, Instant at, String actor, String reason, String declineReason, String outcome) {
}
