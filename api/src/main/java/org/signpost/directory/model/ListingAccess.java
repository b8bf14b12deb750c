package org.signpost.directory.model;

import java.util.UUID;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;

/**
 * Who may do what with an organisation's listings. Coordinators and admins: everything.
 * A group editor: read and edit their own organisation's listings only, never verify, never
 * decide held changes. A link worker: read any listing (to refer), change none.
 */
public final class ListingAccess {

    private ListingAccess() {
    }

    public static boolean mayEdit(Actor actor, UUID organisationId) {
        return actor.hasAny(Role.COORDINATOR, Role.ADMIN) || actor.actsFor(organisationId);
    }

    public static boolean mayRead(Actor actor, UUID organisationId) {
        return mayEdit(actor, organisationId) || actor.has(Role.LINK_WORKER);
    }

    /** Verify drafts, decide held changes, see every organisation's review queue. */
    public static boolean mayReview(Actor actor) {
        return actor.hasAny(Role.COORDINATOR, Role.ADMIN);
    }

    /** True when only the review policy stands between this actor's edit and publication. */
    public static boolean editIsReviewed(Actor actor, Verification verification) {
        return verification == Verification.VERIFIED && !mayReview(actor);
    }
}
