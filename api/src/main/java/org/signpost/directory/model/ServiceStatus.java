package org.signpost.directory.model;

import java.util.Arrays;
import java.util.Optional;

/** HSDS service status, spelt on the wire exactly as the standard spells it. */
public enum ServiceStatus {
    ACTIVE("active"),
    INACTIVE("inactive"),
    DEFUNCT("defunct"),
    TEMPORARILY_CLOSED("temporarily closed");

    private final String wire;

    ServiceStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<ServiceStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire.equalsIgnoreCase(value == null ? "" : value.trim())).findFirst();
    }
}
