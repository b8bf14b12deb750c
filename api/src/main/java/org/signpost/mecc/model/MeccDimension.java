package org.signpost.mecc.model;

/** What a MECC report counts by. */
public enum MeccDimension {
    TOPIC,
    LEVEL,
    ACTION,
    SETTING,
    MONTH;

    public String wire() {
        return name().toLowerCase();
    }

    public static MeccDimension fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
