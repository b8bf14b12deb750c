package org.signpost.mecc.model;

/** How long and deep the conversation was: very brief advice (30 seconds to 2 minutes), brief advice, brief intervention. */
public enum MeccLevel {
    VERY_BRIEF_ADVICE,
    BRIEF_ADVICE,
    BRIEF_INTERVENTION;

    public String wire() {
        return name().toLowerCase();
    }

    public static MeccLevel fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
