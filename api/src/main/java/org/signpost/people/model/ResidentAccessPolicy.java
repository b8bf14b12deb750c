package org.signpost.people.model;

import java.util.Set;
import java.util.UUID;
import org.signpost.platform.rules.Decision;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;

/**
 * Who may read or change a resident's record: link workers and coordinators who are members of
 * the resident's scheme ({@link StaffScope}), and the resident themselves. A group never reads the
 * record: it sees only what a consented referral to it shares. A refusal reads the same whether the
 * record exists or not, so it never confirms that someone is known to a scheme.
 */
public final class ResidentAccessPolicy {

    static final String GROUP = "A group never reads a resident record; it sees what a referral to it shares";
    static final String OTHER_RESIDENT = "A resident reads only their own record";
    static final String ROLE = "Your role does not read resident records";

    private ResidentAccessPolicy() {
    }

    public static Decision mayAccess(Actor actor, Set<UUID> actorSchemes, Resident resident) {
        if (actor.has(Role.RESIDENT) && actor.userId() != null && actor.userId().equals(resident.userAccountId())) {
            return Decision.allow();
        }
        if (actor.hasAny(Role.LINK_WORKER, Role.COORDINATOR)) {
            return StaffScope.of(actor, actorSchemes).decide(resident.schemeId());
        }
        return refusal(actor);
    }

    /** The answer about a record that does not exist: the same as about one that is not the caller's. */
    public static Decision mayAccessMissing(Actor actor) {
        if (actor.hasAny(Role.LINK_WORKER, Role.COORDINATOR)) {
            return Decision.deny(StaffScope.OUTSIDE);
        }
        return refusal(actor);
    }

    /** Staff of the scheme only (creating records, merging, assigning): not the resident. */
    public static Decision mayManage(Actor actor, Set<UUID> actorSchemes, UUID schemeId) {
        return StaffScope.of(actor, actorSchemes).decide(schemeId);
    }

    private static Decision refusal(Actor actor) {
        if (actor.has(Role.GROUP_EDITOR)) {
            return Decision.deny(GROUP);
        }
        if (actor.has(Role.RESIDENT)) {
            return Decision.deny(OTHER_RESIDENT);
        }
        return Decision.deny(ROLE);
    }
}
