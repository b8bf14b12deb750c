package org.signpost.evaluation.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which groups of a change summary may be released: the groups' sizes (n) and the total
 * form a one-column table that goes through {@link SmallNumberSuppression}, so a group below the
 * threshold is withheld, and so is the next smallest group whenever the total minus the published
 * groups would give a withheld one away. A withheld group releases nothing (no mean, no interval,
 * no % improved). When one person can be in several groups (needs), the groups do not add up to
 * the total, so no total is released; the groups are still suppressed as a table.
 */
public final class SummaryRelease {

    /** The released groups, in the order given, and the total (empty when none is released). */
    public record Released(List<ReleasedGroup> groups, Optional<ReleasedGroup> total) {
    }

    public static final String TOTAL = "total";

    private SummaryRelease() {
    }

    public static Released release(SmallNumberSuppression suppression, Map<String, ChangeSummary> groups, ChangeSummary total,
            boolean publishTotal) {
        List<String> keys = new ArrayList<>(groups.keySet());
        if (keys.isEmpty()) {
            CellStatus status = suppression.isSmall(total.n()) ? CellStatus.PRIMARY : CellStatus.PUBLISHED;
            return new Released(List.of(), publishTotal ? Optional.of(of(TOTAL, status, total)) : Optional.empty());
        }
        long[][] counts = new long[keys.size()][1];
        for (int i = 0; i < keys.size(); i++) {
            counts[i][0] = groups.get(keys.get(i)).n();
        }
        SuppressedTable table = suppression.apply(counts);
        List<ReleasedGroup> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            out.add(of(keys.get(i), table.cell(i, 0).status(), groups.get(keys.get(i))));
        }
        Optional<ReleasedGroup> released = Optional.empty();
        if (publishTotal) {
            if (table.grandTotal().value().isPresent() && table.grandTotal().value().getAsLong() != total.n()) {
                throw new IllegalArgumentException("The total's n (" + total.n() + ") is not the sum of the groups'");
            }
            released = Optional.of(of(TOTAL, table.grandTotal().status(), total));
        }
        return new Released(out, released);
    }

    private static ReleasedGroup of(String key, CellStatus status, ChangeSummary summary) {
        return new ReleasedGroup(key, status, status.suppressed() ? Optional.empty() : Optional.of(summary));
    }
}
