package org.signpost.mecc.model;

/** What the practitioner did. */
public enum MeccAction {
    INFORMATION_GIVEN,
    SIGNPOSTED,
    REFERRED,
    DECLINED;

    public String wire() {
        return name().toLowerCase();
    }

    public static MeccAction fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
