package org.signpost.people.model;

/** Person stated gender, as the NHS Data Dictionary codes it. */
public enum Sex {
    FEMALE,
    MALE,
    INDETERMINATE,
    NOT_KNOWN;

    public String wire() {
        return name().toLowerCase();
    }

    public static Sex fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
