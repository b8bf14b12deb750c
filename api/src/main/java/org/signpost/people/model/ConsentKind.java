package org.signpost.people.model;

/** What a resident may consent to. Sharing is always with one named provider (organisation). */
public enum ConsentKind {
    CONTACT,
    SHARE_WITH_PROVIDER,
    PSEUDONYMISED_EVALUATION;

    public String wire() {
        return name().toLowerCase();
    }

    public static ConsentKind fromWire(String value) {
        return valueOf(value.toUpperCase());
    }
}
