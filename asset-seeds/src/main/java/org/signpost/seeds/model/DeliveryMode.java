package org.signpost.seeds.model;

import java.util.Optional;

/** How a resident takes part (our extension {@code x_delivery_modes}). */
public enum DeliveryMode implements Coded {
    IN_PERSON("in_person"),
    ONLINE("online"),
    PHONE("phone");

    private final String code;

    DeliveryMode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<DeliveryMode> fromCode(String code) {
        return Coded.fromCode(DeliveryMode.class, code);
    }

    public static String allowedCodes() {
        return Coded.codes(DeliveryMode.class);
    }
}
