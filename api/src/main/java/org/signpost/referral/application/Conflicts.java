package org.signpost.referral.application;

import java.util.List;
import java.util.Map;
import org.signpost.platform.errors.ConflictException;

/** 409s that tell the client where the thing is now and where it can go from there. */
final class Conflicts {

    private Conflicts() {
    }

    static ConflictException state(String detail, String currentState, long currentVersion, List<String> legal) {
        return new ConflictException(detail, Map.of("current_state", currentState, "current_version", currentVersion,
                "legal_transitions", legal));
    }

    static ConflictException stale(String what, long expected, String currentState, long currentVersion, List<String> legal) {
        return state(what + " changed since version " + expected + ": it is now version " + currentVersion + ", " + currentState,
                currentState, currentVersion, legal);
    }
}
