package org.signpost.seeds.model;

import java.util.Optional;

/** HSDS service status. */
public enum ServiceStatus implements Coded {
    ACTIVE("active"),
    INACTIVE("inactive"),
    DEFUNCT("defunct"),
    TEMPORARILY_CLOSED("temporarily closed");

    private final String code;

    ServiceStatus(String code) {
        this.code = code;
    }

    /** The HSDS spelling, e.g. {@code temporarily closed}. */
    @Override
    public String code() {
        return code;
    }

    public static Optional<ServiceStatus> fromCode(String code) {
        return Coded.fromCode(ServiceStatus.class, code);
    }

    /** The allowed codes, comma separated, for messages. */
    public static String allowedCodes() {
        return Coded.codes(ServiceStatus.class);
    }
}
