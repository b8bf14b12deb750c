package org.signpost.referral.model;

/** How soon the resident should be contacted. */
public enum Urgency {
    ROUTINE,
    URGENT;

    public String wire() {
        return name().toLowerCase();
    }

    public static Urgency fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
