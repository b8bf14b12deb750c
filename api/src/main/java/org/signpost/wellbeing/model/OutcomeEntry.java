package org.signpost.wellbeing.model;

import java.util.UUID;

/** A record as listed: current unless {@code supersededBy} (the record correcting it) is set. */
public record OutcomeEntry(OutcomeRecord record, UUID supersededBy) {

    public boolean current() {
        return supersededBy == null;
    }
}
