package org.signpost.referral.model;

import static org.signpost.referral.model.OnwardStatus.ACCEPTED;
import static org.signpost.referral.model.OnwardStatus.ATTENDED;
import static org.signpost.referral.model.OnwardStatus.CANCELLED;
import static org.signpost.referral.model.OnwardStatus.COMPLETED;
import static org.signpost.referral.model.OnwardStatus.DECLINED;
import static org.signpost.referral.model.OnwardStatus.DID_NOT_ATTEND;
import static org.signpost.referral.model.OnwardStatus.DRAFT;
import static org.signpost.referral.model.OnwardStatus.SENT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signpost.platform.errors.FieldViolation;

/**
 * The one state machine of an onward referral to a community service:
 *
 * <pre>
 * draft -> sent -> accepted | declined
 * accepted -> attended | did_not_attend | declined (the provider takes it back)
 * did_not_attend -> attended (came another week)
 * attended | did_not_attend -> completed (with an outcome)
 * any open state -> cancelled
 * </pre>
 *
 * The referrer (a link worker or coordinator of the resident's scheme) sends and cancels; the
 * provider (a GROUP_EDITOR of the service's organisation) does everything else. Accepting takes
 * one of the service's places; completing, cancelling or declining frees the place if one is held.
 */
public final class ReferralTransitions {

    /** Who may make a transition. */
    public enum Party {
        REFERRER,
        PROVIDER
    }

    /** What a transition does to the service's places. */
    public enum CapacityEffect {
        TAKE,
        FREE,
        NONE
    }

    /** A requested transition with what it carries. */
    public record Request(OnwardStatus to, String reason, OnwardDeclineReason declineReason, CompletionOutcome outcome,
            String capacityOverrideReason) {
    }

    private static final Map<OnwardStatus, Set<OnwardStatus>> LEGAL = new EnumMap<>(OnwardStatus.class);

    static {
        LEGAL.put(DRAFT, EnumSet.of(SENT, CANCELLED));
        LEGAL.put(SENT, EnumSet.of(ACCEPTED, DECLINED, CANCELLED));
        LEGAL.put(ACCEPTED, EnumSet.of(ATTENDED, DID_NOT_ATTEND, DECLINED, CANCELLED));
        LEGAL.put(ATTENDED, EnumSet.of(COMPLETED, CANCELLED));
        LEGAL.put(DID_NOT_ATTEND, EnumSet.of(ATTENDED, COMPLETED, CANCELLED));
        LEGAL.put(DECLINED, EnumSet.noneOf(OnwardStatus.class));
        LEGAL.put(COMPLETED, EnumSet.noneOf(OnwardStatus.class));
        LEGAL.put(CANCELLED, EnumSet.noneOf(OnwardStatus.class));
    }

    private ReferralTransitions() {
    }

    /** The states this one may move to, in lifecycle order; empty for a closed referral. */
    public static List<OnwardStatus> legalFrom(OnwardStatus from) {
        return List.copyOf(LEGAL.get(from));
    }

    public static boolean isLegal(OnwardStatus from, OnwardStatus to) {
        return LEGAL.get(from).contains(to);
    }

    /** Open: something can still happen to it. */
    public static boolean isOpen(OnwardStatus status) {
        return !LEGAL.get(status).isEmpty();
    }

    public static Party partyFor(OnwardStatus to) {
        return to == SENT || to == CANCELLED ? Party.REFERRER : Party.PROVIDER;
    }

    public static CapacityEffect capacity(OnwardStatus to, boolean placeHeld) {
        if (to == ACCEPTED) {
            return CapacityEffect.TAKE;
        }
        boolean ends = to == COMPLETED || to == CANCELLED || to == DECLINED;
        return ends && placeHeld ? CapacityEffect.FREE : CapacityEffect.NONE;
    }

    /** What the request lacks, or carries that its target does not take, by JSON field. */
    public static List<FieldViolation> check(Request r) {
        List<FieldViolation> faults = new ArrayList<>();
        boolean hasReason = r.reason() != null && !r.reason().isBlank();
        if (r.to() == DRAFT) {
            faults.add(new FieldViolation("to", "a referral never goes back to draft"));
        }
        if (r.to() == DECLINED && r.declineReason() == null) {
            faults.add(new FieldViolation("decline_reason", "is required to decline"));
        }
        if (r.to() != DECLINED && r.declineReason() != null) {
            faults.add(new FieldViolation("decline_reason", "only when declining"));
        }
        if (r.to() == DECLINED && r.declineReason() == OnwardDeclineReason.OTHER && !hasReason) {
            faults.add(new FieldViolation("reason", "say why, when the decline reason is other"));
        }
        if (r.to() == COMPLETED && r.outcome() == null) {
            faults.add(new FieldViolation("outcome", "is required to complete"));
        }
        if (r.to() != COMPLETED && r.outcome() != null) {
            faults.add(new FieldViolation("outcome", "only when completing"));
        }
        if (r.to() == COMPLETED && r.outcome() == CompletionOutcome.OTHER && !hasReason) {
            faults.add(new FieldViolation("reason", "say what happened, when the outcome is other"));
        }
        if (r.to() == CANCELLED && !hasReason) {
            faults.add(new FieldViolation("reason", "say why the referral is cancelled"));
        }
        if (r.to() != SENT && r.capacityOverrideReason() != null) {
            faults.add(new FieldViolation("capacity_override_reason", "only when sending"));
        }
        return faults;
    }
}
