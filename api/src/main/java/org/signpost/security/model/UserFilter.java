package org.signpost.security.model;

import java.util.Optional;

/** Which users an admin lists: every part optional. */
public record UserFilter(Optional<String> nameContains, Optional<Role> role, Optional<Boolean> enabled) {
}
