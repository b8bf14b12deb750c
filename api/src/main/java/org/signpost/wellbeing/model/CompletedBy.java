package org.signpost.wellbeing.model;

/** Who answered the questionnaire: a member of staff with the resident, or the resident alone in the app. */
public enum CompletedBy {
    LINK_WORKER,
    RESIDENT;

    public String wire() {
        return name().toLowerCase();
    }

    public static CompletedBy fromWire(String value) {
        return valueOf(value.toUpperCase());
    }
}
