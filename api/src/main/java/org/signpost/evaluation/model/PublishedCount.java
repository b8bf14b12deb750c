package org.signpost.evaluation.model;

import java.util.OptionalLong;

/** One cell of a table as it may be released: its value only when published. */
public record PublishedCount(CellStatus status, OptionalLong value) {

    static PublishedCount of(CellStatus status, long count) {
        return new PublishedCount(status, status.suppressed() ? OptionalLong.empty() : OptionalLong.of(count));
    }

    public boolean suppressed() {
        return status.suppressed();
    }
}
