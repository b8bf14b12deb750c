package org.signpost.people.model;

/** How the resident prefers to be contacted. */
public enum ContactMethod {
    PHONE,
    TEXT,
    EMAIL,
    LETTER,
    IN_PERSON;

    public String wire() {
        return name().toLowerCase();
    }

    public static ContactMethod fromWire(String value) {
        return valueOf(value.toUpperCase());
    }
}
