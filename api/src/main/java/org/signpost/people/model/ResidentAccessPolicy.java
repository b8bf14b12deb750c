package org.signpost.people.model;

import java.util.Set;
import java.util.UUID;
import org.signpost.platform.rules.Decision;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;

/**
 * Who may read or change a resident's record: link workers and coordinators who are members of
 * the resident's scheme, and the resident themselves. A group never reads the record: it sees
 * only what a consented referral to it shares.
 */
public final class ResidentAccessPolicy {

    private ResidentAccessPolicy() {
    }

    public static Decision mayAccess(Actor actor, Set<UUID> actorSchemes, Resident resident) {
        if (actor.has(Role.RESIDENT) && actor.userId() != null && actor.userId().equals(resident.userAccountId())) {
            return Decision.allow();
        }
        if (actor.hasAny(Role.LINK_WORKER, Role.COORDINATOR)) {
            return actorSchemes.contains(resident.schemeId()) ? Decision.allow()
                    : Decision.deny("This resident belongs to a scheme you are not a member of");
        }
        if (actor.has(Role.GROUP_EDITOR)) {
            return Decision.deny("A group never reads a resident record; it sees what a referral to it shares");
        }
        if (actor.has(Role.RESIDENT)) {
            return Decision.deny("A resident reads only their own record");
        }
        return Decision.deny("Your role does not read resident records");
    }

    /** Staff of the scheme only (creating records, merging, assigning): not the resident. */
    public static Decision mayManage(Actor actor, Set<UUID> actorSchemes, UUID schemeId) {
        if (!actor.hasAny(Role.LINK_WORKER, Role.COORDINATOR)) {
            return Decision.deny("Only link workers and coordinators manage resident records");
        }
        return actorSchemes.contains(schemeId) ? Decision.allow()
                : Decision.deny("This resident belongs to a scheme you are not a member of");
    }
}
