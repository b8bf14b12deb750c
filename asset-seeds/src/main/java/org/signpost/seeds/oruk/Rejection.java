package org.signpost.seeds.oruk;

import java.util.List;
import java.util.stream.Collectors;
import org.signpost.seeds.model.Violation;

/**
 * A feed record that was not imported, and every reason why.
 *
 * @param position   1-based position of the record in the feed
 * @param recordId   the record's id as the feed gives it (even when it is not a valid UUID); null when absent
 * @param violations the reasons, each naming the ORUK field
 */
public record Rejection(int position, String recordId, List<Violation> violations) {

    public Rejection {
        violations = List.copyOf(violations);
    }

    /** {@code record <id or #position>: <field>: <reason>; ...} */
    public String message() {
        return FeedRecords.label(position, recordId) + ": "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /** True when one of the reasons is about {@code field}. */
    public boolean concerns(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }
}
