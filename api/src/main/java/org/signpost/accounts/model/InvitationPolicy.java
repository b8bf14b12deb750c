package org.signpost.accounts.model;

import java.util.Set;
import java.util.UUID;
import org.signpost.platform.rules.Decision;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;

/**
 * Who may invite whom as staff: an ADMIN anyone, in any role; a COORDINATOR only a LINK_WORKER, and only into
 * schemes the coordinator is a member of (at least one). Nobody else invites staff. (Group editors invite fellow
 * editors of their own organisation by another route.)
 */
public final class InvitationPolicy {

    private InvitationPolicy() {
    }

    public static Decision decide(Actor inviter, Set<UUID> inviterSchemes, Role role, Set<UUID> schemes) {
        if (inviter.has(Role.ADMIN)) {
            return Decision.allow();
        }
        if (!inviter.has(Role.COORDINATOR)) {
            return Decision.deny("Only an admin or a coordinator invites staff");
        }
        if (role != Role.LINK_WORKER) {
            return Decision.deny("A coordinator invites only link workers");
        }
        if (!inviterSchemes.containsAll(schemes)) {
            return Decision.deny("A coordinator invites link workers only into schemes they are a member of");
        }
        return Decision.allow();
    }
}
