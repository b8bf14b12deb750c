package org.signpost.people.model;

import java.util.UUID;

/** A social prescribing scheme (e.g. a primary care network's link worker team); residents belong to one. */
public record Scheme(UUID id, String name, String odsCode) {
}
