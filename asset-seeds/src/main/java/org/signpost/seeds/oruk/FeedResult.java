package org.signpost.seeds.oruk;

import java.util.List;
import org.signpost.seeds.model.ImportedService;

/**
 * A whole feed, read and checked: what can be imported, what cannot and why, and what was repaired.
 *
 * @param accepted   the records that passed every rule, in feed order
 * @param rejections the records that did not, in feed order
 * @param warnings   fields dropped or repaired in accepted records, in feed order
 */
public record FeedResult(List<ImportedService> accepted, List<Rejection> rejections, List<FeedWarning> warnings) {

    public FeedResult {
        accepted = List.copyOf(accepted);
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }

    public FeedSummary summary() {
        return new FeedSummary(accepted.size() + rejections.size(), accepted.size(), rejections.size(), warnings.size());
    }
}
