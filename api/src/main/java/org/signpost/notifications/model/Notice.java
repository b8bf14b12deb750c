package org.signpost.notifications.model;

import java.util.UUID;

/**
 * What one event tells whom: the template, the audience, the console or app route the message links to, and what the
 * wording may name. {@code serviceId} names a listing (a group's public service: never personal) and
 * {@code reasonCode} a decline reason code; both may be null. Nothing here can carry a resident's name or health details:
 * the message says that something happened and links to where access is checked.
 */
public record Notice(String template, Audience audience, String linkPath, UUID serviceId, String reasonCode) {
}
