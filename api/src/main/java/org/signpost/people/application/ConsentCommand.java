package org.signpost.people.application;

import java.util.UUID;
import org.signpost.people.model.ConsentKind;

/** A consent to record: its kind, the organisation for sharing, and a note. */
public record ConsentCommand(ConsentKind kind, UUID organisationId, String note) {
}
