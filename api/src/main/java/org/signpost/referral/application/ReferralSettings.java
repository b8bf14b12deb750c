package org.signpost.referral.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * Referral timings ({@code signpost.referrals.*}).
 *
 * @param answerWithin a sent onward referral not answered within this shows as a reminder on the caseload
 * @param contactAttempts failed attempts to reach the resident before the referral is flagged for closing
 * @param firstContactDaysRoutine days after acceptance by which a routine referral's first contact is due
 * @param firstContactDaysUrgent the same for an urgent referral
 * @param followUpDays next contact after a conversation when the plan has no later review date
 * @param codedEventSettle coded events younger than this are held back from the export (late commits)
 */
@ConfigurationProperties("signpost.referrals")
public record ReferralSettings(
        @Bindable(defaultValue = "P5D") Duration answerWithin,
        @Bindable(defaultValue = "3") @Min(1) @Max(10) int contactAttempts,
        @Bindable(defaultValue = "7") @Min(0) int firstContactDaysRoutine,
        @Bindable(defaultValue = "2") @Min(0) int firstContactDaysUrgent,
        @Bindable(defaultValue = "28") @Min(1) int followUpDays,
        @Bindable(defaultValue = "PT1S") Duration codedEventSettle) {
}
