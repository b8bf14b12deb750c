package org.signpost.notifications.model;

import java.util.UUID;

/** Who hears of an event: named users, the editors of one group, or the coordinators who approve sign-ups and claims. */
public sealed interface Audience {

    /** One user (the referring link worker, a resident with an app account). */
    record User(UUID userId) implements Audience {
    }

    /** Every enabled GROUP_EDITOR of that organisation. */
    record GroupEditors(UUID organisationId) implements Audience {
    }

    /** Every enabled COORDINATOR. */
    record Coordinators() implements Audience {
    }
}
