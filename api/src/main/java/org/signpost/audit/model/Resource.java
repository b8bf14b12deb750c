package org.signpost.audit.model;

import java.util.UUID;

/** The record an access touches: its type and id, and the resident it is about (when known). */
public record Resource(String type, String id, UUID residentId) {

    public static Resource resident(UUID residentId) {
        return new Resource("resident", residentId.toString(), residentId);
    }

    public static Resource of(String type, Object id, UUID residentId) {
        return new Resource(type, id == null ? null : id.toString(), residentId);
    }

    public Resource about(UUID resident) {
        return new Resource(type, id, resident);
    }
}
