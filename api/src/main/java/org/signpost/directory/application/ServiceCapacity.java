package org.signpost.directory.application;

import java.util.UUID;

/**
 * Places at a service that tracks referral capacity (HSDS 3.1 service_capacity). Taking and
 * freeing a place are guarded updates in the caller's transaction: available never drops below 0
 * nor rises above the maximum. A change bumps the service's version and queues it for search.
 */
public interface ServiceCapacity {

    /** What taking a place did. */
    enum Taken {
        /** One place fewer is available now. */
        TAKEN,
        /** None was left; nothing changed. */
        FULL,
        /** The service does not track places (or does not exist); nothing changed. */
        NOT_TRACKED
    }

    Taken take(UUID serviceId);

    /** Gives a place back; false when the service does not track places or is already at its maximum. */
    boolean free(UUID serviceId);
}
