package org.signpost.seeds.model;

import java.util.Optional;

/** HSDS location_type. */
public enum LocationType implements Coded {
    PHYSICAL("physical"),
    POSTAL("postal"),
    VIRTUAL("virtual");

    private final String code;

    LocationType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<LocationType> fromCode(String code) {
        return Coded.fromCode(LocationType.class, code);
    }

    public static String allowedCodes() {
        return Coded.codes(LocationType.class);
    }
}
