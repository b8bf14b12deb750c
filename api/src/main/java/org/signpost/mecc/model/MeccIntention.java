package org.signpost.mecc.model;

/** What the person said they would do. */
public enum MeccIntention {
    WILL_ACT_NOW,
    THINKING_ABOUT_IT,
    NOT_READY,
    NOT_STATED;

    public String wire() {
        return name().toLowerCase();
    }

    public static MeccIntention fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
