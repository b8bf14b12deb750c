package org.signpost.security.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** Roles as {@code user_account.roles} stores them: a comma-separated set of names. */
    public static Set<Role> parseStored(String stored) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    public static String toStored(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
