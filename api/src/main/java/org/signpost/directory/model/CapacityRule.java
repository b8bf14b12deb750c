package org.signpost.directory.model;

/** Referral places: each 0 or more, and no more available than the maximum. Both absent means not tracked. */
public final class CapacityRule {

    private CapacityRule() {
    }

    public static ListingContent.Capacity check(ServiceDraft.CapacityDraft draft, Violations violations) {
        if (draft == null || (draft.available() == null && draft.maximum() == null)) {
            return null;
        }
        int before = violations.list().size();
        if (draft.available() != null && draft.available() < 0) {
            violations.add("capacity.available", "must not be negative");
        }
        if (draft.maximum() != null && draft.maximum() < 0) {
            violations.add("capacity.maximum", "must not be negative");
        }
        if (violations.list().size() == before && draft.available() != null && draft.maximum() != null
                && draft.available() > draft.maximum()) {
            violations.add("capacity.available", "must not be above capacity.maximum (" + draft.maximum() + ")");
        }
        return violations.list().size() > before ? null : new ListingContent.Capacity(draft.available(), draft.maximum());
    }
}
