package org.signpost.referral.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.signpost.platform.errors.ConflictException;
import org.signpost.referral.model.OnwardReferral;

/**
 * The 409s that keep a resident from being left with a referral nobody will answer: a second open
 * referral from one episode to the same service, and an episode closing on referrals still open.
 * Each names the open referrals (id, status, service, whether it holds a place) so the caller can
 * act on them.
 */
final class OpenReferralConflicts {

    private OpenReferralConflicts() {
    }

    /** One episode, one open referral to a service: a second would double-book the person. */
    static ConflictException duplicate(OnwardReferral open) {
        return new ConflictException("This episode already has an open referral to " + open.serviceName() + " (" + open.id() + ", "
                + open.status().wire() + "): carry on with that one, or cancel it before referring again",
                Map.of("open_referral_id", open.id().toString(), "open_referral_status", open.status().wire()));
    }

    /** Closing an episode needs its referrals ended first: complete, decline or cancel each. */
    static ConflictException episodeHasOpenReferrals(List<OnwardReferral> open, String currentState, long currentVersion,
            List<String> legal) {
        String named = open.stream().map(r -> r.serviceName() + " (" + r.status().wire() + (r.placeHeld() ? ", holding a place" : "") + ")")
                .collect(Collectors.joining(", "));
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("current_state", currentState);
        members.put("current_version", currentVersion);
        members.put("legal_transitions", legal);
        members.put("open_referrals", describe(open));
        return new ConflictException("The episode still has " + open.size() + " open referral" + (open.size() == 1 ? "" : "s") + ": "
                + named + ". Complete, decline or cancel " + (open.size() == 1 ? "it" : "them") + " before closing the episode",
                members);
    }

    static List<Map<String, Object>> describe(List<OnwardReferral> open) {
        return open.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id().toString());
            m.put("status", r.status().wire());
            m.put("service_id", r.serviceId().toString());
            m.put("service_name", r.serviceName());
            m.put("place_held", r.placeHeld());
            return m;
        }).toList();
    }
}
