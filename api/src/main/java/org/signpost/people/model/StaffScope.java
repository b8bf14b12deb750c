package org.signpost.people.model;

import java.util.Set;
import java.util.UUID;
import org.signpost.platform.rules.Decision;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;

/**
 * The schemes whose residents, episodes and referrals a member of staff works on: link workers and
 * coordinators, in the schemes they are members of; nobody else, nowhere. It is the one rule
 * behind a single read ({@link #decide}) and a list (whose query keeps only rows of
 * {@link #schemes}), so a list never shows what its single read would refuse.
 */
public record StaffScope(Set<UUID> schemes, String refusal) {

    /** Worded so that it is true whether or not the record exists: a refusal never confirms one. */
    public static final String OUTSIDE = "No record of a scheme you are a member of has this id";
    public static final String NOT_STAFF = "Only link workers and coordinators manage resident records";

    public StaffScope {
        schemes = Set.copyOf(schemes);
    }

    public static StaffScope of(Actor actor, Set<UUID> actorSchemes) {
        if (!actor.hasAny(Role.LINK_WORKER, Role.COORDINATOR)) {
            return new StaffScope(Set.of(), NOT_STAFF);
        }
        return new StaffScope(actorSchemes, OUTSIDE);
    }

    /** Whether a record of that scheme is within the scope. */
    public Decision decide(UUID schemeId) {
        return schemeId != null && schemes.contains(schemeId) ? Decision.allow() : Decision.deny(refusal);
    }

    /** True when no record at all is within the scope (a list is empty without asking the database). */
    public boolean isEmpty() {
        return schemes.isEmpty();
    }
}
