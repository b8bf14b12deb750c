package org.signpost.evaluation.model;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.platform.rules.Decision;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;

/**
 * Whose data an aggregate report (change summaries and their export, MECC reports) covers:
 * every scheme for an evaluator or an administrator; for a coordinator, only the schemes they are
 * a member of. A coordinator who names another scheme is refused; one who names none gets all of
 * theirs (and nothing when they belong to none).
 *
 * @param schemes the schemes covered; empty when every scheme is
 */
public record ReportScope(Optional<Set<UUID>> schemes) {

    public static final String OTHER_SCHEME = "A coordinator reports on the schemes they are a member of only";

    public ReportScope {
        schemes = schemes.map(Set::copyOf);
    }

    public static ReportScope of(Actor actor, Set<UUID> memberOf) {
        if (actor.hasAny(Role.EVALUATOR, Role.ADMIN)) {
            return new ReportScope(Optional.empty());
        }
        return new ReportScope(Optional.of(memberOf));
    }

    /** Whether the caller may name that scheme in a report's filters (null: none named, always allowed). */
    public Decision mayName(UUID schemeId) {
        return schemeId == null || schemes.isEmpty() || schemes.get().contains(schemeId) ? Decision.allow()
                : Decision.deny(OTHER_SCHEME);
    }
}
