package org.signpost.audit.model;

import org.signpost.security.model.Actor;

/** Who is reading personal data and the purpose they stated (already checked against their role). */
public record Access(Actor actor, Purpose purpose) {
}
