package org.signpost.directory.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.signpost.contract.model.AccessibilityFeature;

/** Small conversions shared by the directory's mappers. */
final class Wire {

    private Wire() {
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static <T> List<T> list(List<T> given) {
        return given == null ? List.of() : given;
    }

    static <T> List<T> mutable(List<T> values) {
        return new ArrayList<>(values);
    }

    /** A stored code the contract lists, or none: a code saved before the list was enforced reads as words only. */
    static AccessibilityFeature accessibility(String code) {
        return code == null ? null : AccessibilityFeature.VALUE_MAPPING.get(code);
    }

    static int page(Integer page) {
        return page == null ? 1 : page;
    }

    static int perPage(Integer perPage) {
        return perPage == null ? 20 : perPage;
    }
}
