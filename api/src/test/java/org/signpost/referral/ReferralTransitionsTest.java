package org.signpost.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.referral.model.CompletionOutcome;
import org.signpost.referral.model.OnwardDeclineReason;
import org.signpost.referral.model.OnwardStatus;
import org.signpost.referral.model.ReferralTransitions;
import org.signpost.referral.model.ReferralTransitions.CapacityEffect;
import org.signpost.referral.model.ReferralTransitions.Party;

/** The onward referral state machine, whole: every pair of states, who moves each, what it does to places. */
class ReferralTransitionsTest {

    private static final Map<OnwardStatus, Set<OnwardStatus>> EXPECTED = Map.of(
            OnwardStatus.DRAFT, EnumSet.of(OnwardStatus.SENT, OnwardStatus.CANCELLED),
            OnwardStatus.SENT, EnumSet.of(OnwardStatus.ACCEPTED, OnwardStatus.DECLINED, OnwardStatus.CANCELLED),
            OnwardStatus.ACCEPTED, EnumSet.of(OnwardStatus.ATTENDED, OnwardStatus.DID_NOT_ATTEND, OnwardStatus.DECLINED,
                    OnwardStatus.CANCELLED),
            OnwardStatus.ATTENDED, EnumSet.of(OnwardStatus.COMPLETED, OnwardStatus.CANCELLED),
            OnwardStatus.DID_NOT_ATTEND, EnumSet.of(OnwardStatus.ATTENDED, OnwardStatus.COMPLETED, OnwardStatus.CANCELLED),
            OnwardStatus.DECLINED, EnumSet.noneOf(OnwardStatus.class),
            OnwardStatus.COMPLETED, EnumSet.noneOf(OnwardStatus.class),
            OnwardStatus.CANCELLED, EnumSet.noneOf(OnwardStatus.class));

    @Test
    void everyPairOfStatesIsLegalExactlyAsTheLifecycleSays() {
        for (OnwardStatus from : OnwardStatus.values()) {
            for (OnwardStatus to : OnwardStatus.values()) {
                assertThat(ReferralTransitions.isLegal(from, to)).as("%s -> %s", from, to).isEqualTo(EXPECTED.get(from).contains(to));
            }
            assertThat(ReferralTransitions.legalFrom(from)).containsExactlyInAnyOrderElementsOf(EXPECTED.get(from));
            assertThat(ReferralTransitions.isOpen(from)).isEqualTo(!EXPECTED.get(from).isEmpty());
        }
    }

    @Test
    void theReferrerSendsAndCancelsAndTheProviderDoesTheRest() {
        for (OnwardStatus to : OnwardStatus.values()) {
            Party expected = to == OnwardStatus.SENT || to == OnwardStatus.CANCELLED ? Party.REFERRER : Party.PROVIDER;
            assertThat(ReferralTransitions.partyFor(to)).as("%s", to).isEqualTo(expected);
        }
    }

    @Test
    void acceptingTakesAPlaceAndEndingFreesOneOnlyIfHeld() {
        assertThat(ReferralTransitions.capacity(OnwardStatus.ACCEPTED, false)).isEqualTo(CapacityEffect.TAKE);
        for (OnwardStatus end : EnumSet.of(OnwardStatus.COMPLETED, OnwardStatus.CANCELLED, OnwardStatus.DECLINED)) {
            assertThat(ReferralTransitions.capacity(end, true)).isEqualTo(CapacityEffect.FREE);
            assertThat(ReferralTransitions.capacity(end, false)).isEqualTo(CapacityEffect.NONE);
        }
        assertThat(ReferralTransitions.capacity(OnwardStatus.ATTENDED, true)).isEqualTo(CapacityEffect.NONE);
        assertThat(ReferralTransitions.capacity(OnwardStatus.DID_NOT_ATTEND, true)).isEqualTo(CapacityEffect.NONE);
    }

    @Test
    void eachTransitionCarriesWhatItNeedsAndNothingElse() {
        assertThat(fields(new ReferralTransitions.Request(OnwardStatus.DECLINED, null, null, null, null))).containsExactly("decline_reason");
        assertThat(fields(new ReferralTransitions.Request(OnwardStatus.DECLINED, " ", OnwardDeclineReason.OTHER, null, null)))
                .containsExactly("reason");
        assertThat(fields(new ReferralTransitions.Request(OnwardStatus.COMPLETED, null, null, null, null))).containsExactly("outcome");
        assertThat(fields(new ReferralTransitions.Request(OnwardStatus.CANCELLED, null, null, null, null))).containsExactly("reason");
        assertThat(fields(new ReferralTransitions.Request(OnwardStatus.ACCEPTED, null, OnwardDeclineReason.NO_CAPACITY,
                CompletionOutcome.NEED_MET, "full"))).containsExactly("decline_reason", "outcome", "capacity_override_reason");
        assertThat(fields(new ReferralTransitions.Request(OnwardStatus.SENT, null, null, null, "They said yes"))).isEmpty();
        assertThat(fields(new ReferralTransitions.Request(OnwardStatus.DRAFT, null, null, null, null))).containsExactly("to");
    }

    private static java.util.List<String> fields(ReferralTransitions.Request request) {
        return ReferralTransitions.check(request).stream().map(FieldViolation::field).toList();
    }
}
