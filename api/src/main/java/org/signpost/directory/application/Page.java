package org.signpost.directory.application;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list; pages count from 1. */
public record Page<T>(List<T> items, long totalItems, int page, int perPage) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), totalItems, page, perPage);
    }

    public long offset() {
        return (long) (page - 1) * perPage;
    }
}
