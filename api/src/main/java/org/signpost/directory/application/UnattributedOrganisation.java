package org.signpost.directory.application;

/**
 * HSDS wants every service to belong to an organisation; a feed record that names none is listed
 * under one organisation per source, "Unattributed (source)", which a coordinator can fix later.
 */
public final class UnattributedOrganisation {

    /** Its source_id within the source (not a UUID, so no feed record can collide with it). */
    public static final String SOURCE_ID = "unattributed";

    private UnattributedOrganisation() {
    }

    public static String name(String source) {
        return "Unattributed (" + source + ")";
    }

    public static String description(String source) {
        return "Services from the '" + source + "' feed that name no organisation.";
    }
}
