package org.signpost.security.model;

/** What a user is to Signpost; see DOMAIN.md "Who uses it". */
public enum Role {
    RESIDENT,
    LINK_WORKER,
    COORDINATOR,
    GROUP_EDITOR,
    EVALUATOR,
    ADMIN;

    /** The name used in tokens and {@code @Secured}. */
    public String authority() {
        return name();
    }
}
