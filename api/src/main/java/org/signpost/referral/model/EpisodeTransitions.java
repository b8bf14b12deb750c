package org.signpost.referral.model;

import static org.signpost.referral.model.EpisodeStatus.ACCEPTED;
import static org.signpost.referral.model.EpisodeStatus.CLOSED;
import static org.signpost.referral.model.EpisodeStatus.DECLINED;
import static org.signpost.referral.model.EpisodeStatus.REFERRED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signpost.platform.errors.FieldViolation;

/**
 * The lifecycle of a resident's episode with the social prescribing service:
 * referred -> accepted | declined; accepted -> closed (discharged).
 */
public final class EpisodeTransitions {

    private static final Map<EpisodeStatus, Set<EpisodeStatus>> LEGAL = new EnumMap<>(EpisodeStatus.class);

    static {
        LEGAL.put(REFERRED, EnumSet.of(ACCEPTED, DECLINED));
        LEGAL.put(ACCEPTED, EnumSet.of(CLOSED));
        LEGAL.put(DECLINED, EnumSet.noneOf(EpisodeStatus.class));
        LEGAL.put(CLOSED, EnumSet.noneOf(EpisodeStatus.class));
    }

    private EpisodeTransitions() {
    }

    public static List<EpisodeStatus> legalFrom(EpisodeStatus from) {
        return List.copyOf(LEGAL.get(from));
    }

    public static boolean isLegal(EpisodeStatus from, EpisodeStatus to) {
        return LEGAL.get(from).contains(to);
    }

    public static boolean isOpen(EpisodeStatus status) {
        return status == REFERRED || status == ACCEPTED;
    }

    public static List<FieldViolation> check(EpisodeStatus to, EpisodeDeclineReason declineReason, String reason) {
        List<FieldViolation> faults = new ArrayList<>();
        if (to == DECLINED && declineReason == null) {
            faults.add(new FieldViolation("decline_reason", "is required to decline"));
        }
        if (to != DECLINED && declineReason != null) {
            faults.add(new FieldViolation("decline_reason", "only when declining"));
        }
        if (declineReason == EpisodeDeclineReason.OTHER && (reason == null || reason.isBlank())) {
            faults.add(new FieldViolation("reason", "say why, when the decline reason is other"));
        }
        return faults;
    }
}
