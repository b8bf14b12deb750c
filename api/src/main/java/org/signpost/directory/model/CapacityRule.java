package org.signpost.directory.model;

import org.signpost.platform.errors.Violations;

/**
 * Referral places as a listing edit may set them. The group sets the total ({@code maximum}, 0 or
 * more); the places free are never written by an edit: they are derived from the referrals that hold
 * places when the listing is stored, so no edit, restore or approval can hand back a place that an
 * accepted referral holds. A write that leaves capacity out (or sends no maximum) keeps the current
 * places; {@code track: false} switches tracking off.
 */
public final class CapacityRule {

    private CapacityRule() {
    }

    /**
     * The capacity the new content carries: its {@code available} is a placeholder (the current
     * figure when tracking continues, else the maximum) that the store replaces by the derived one.
     */
    public static ListingContent.Capacity check(ServiceDraft.CapacityDraft draft, ServiceListing.Capacity current,
            Violations violations) {
        ListingContent.Capacity unchanged = current == null ? null : new ListingContent.Capacity(current.available(), current.maximum());
        if (draft == null) {
            return unchanged;
        }
        if (Boolean.FALSE.equals(draft.track())) {
            if (draft.maximum() != null) {
                violations.add("capacity.maximum", "leave it out when track is false (tracking off has no places)");
            }
            return null;
        }
        if (draft.maximum() == null) {
            return unchanged;
        }
        if (draft.maximum() < 0) {
            violations.add("capacity.maximum", "must not be negative");
            return null;
        }
        boolean sameTotal = current != null && draft.maximum().equals(current.maximum());
        return new ListingContent.Capacity(sameTotal ? current.available() : draft.maximum(), draft.maximum());
    }
}
