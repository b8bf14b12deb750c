package org.signpost.seeds.model;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Defensive copies for the records: null becomes empty, the result is unmodifiable. */
final class Copies {

    private Copies() {
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
