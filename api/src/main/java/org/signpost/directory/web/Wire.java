package org.signpost.directory.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

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

    static int page(Integer page) {
        return page == null ? 1 : page;
    }

    static int perPage(Integer perPage) {
        return perPage == null ? 20 : perPage;
    }
}
