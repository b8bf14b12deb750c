package org.signpost.directory.application;

import java.util.List;

/** One page of a paged read, with the total across all pages. */
public record PageOf<T>(List<T> items, long total, int page, int perPage) {

    public PageOf {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((total + perPage - 1) / perPage);
    }
}
