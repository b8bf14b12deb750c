package org.signpost.directory.model;

/** How people take part: at a place, online, or by phone. Wire form is the lower-case name. */
public enum DeliveryMode {
    IN_PERSON,
    ONLINE,
    PHONE;

    public String wire() {
        return name().toLowerCase();
    }

    public static java.util.Optional<DeliveryMode> fromWire(String value) {
        return java.util.Arrays.stream(values()).filter(m -> m.wire().equalsIgnoreCase(value == null ? "" : value.trim())).findFirst();
    }
}
