package org.signpost.seeds.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enumeration whose values travel as fixed codes (the ORUK / HSDS spelling). Reading a code
 * forgives case and surrounding spaces ({@code " Active "} is {@code active}): the API's forms and
 * the feeds both send such values, and no two codes differ only by case.
 */
interface Coded {

    String code();

    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.strip();
        for (E value : type.getEnumConstants()) {
            if (value.code().equalsIgnoreCase(trimmed)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
