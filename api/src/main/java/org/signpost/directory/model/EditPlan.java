package org.signpost.directory.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an edit does: the content to publish now, the fields published, and the fields held for a
 * coordinator. When review applies, a held field keeps its current value in {@code next}; if
 * published sessions point at a location whose change is held, the sessions are held too.
 */
public record EditPlan(ListingContent next, Set<ListingField> published, Set<ListingField> held) {

    public EditPlan {
        published = published.isEmpty() ? Set.of() : EnumSet.copyOf(published);
        held = held.isEmpty() ? Set.of() : EnumSet.copyOf(held);
    }

    public boolean changesNothing() {
        return published.isEmpty() && held.isEmpty();
    }

    /**
     * @param reviewApplies a group editor editing a verified listing
     */
    public static EditPlan of(ListingContent before, ListingContent proposed, boolean reviewApplies, ReviewPolicy policy) {
        Set<ListingField> changed = EnumSet.noneOf(ListingField.class);
        for (ListingField field : ListingField.values()) {
            if (field.differs(before, proposed)) {
                changed.add(field);
            }
        }
        if (!reviewApplies) {
            return new EditPlan(proposed, changed, Set.of());
        }
        Set<ListingField> published = EnumSet.noneOf(ListingField.class);
        Set<ListingField> held = EnumSet.noneOf(ListingField.class);
        ListingContent next = before;
        for (ListingField field : changed) {
            if (policy.decide(field) == ReviewPolicy.Decision.HOLD) {
                held.add(field);
                continue;
            }
            try {
                next = field.take(next, proposed);
                published.add(field);
            } catch (ListingField.UnlistedLocation e) {
                held.add(field);
            }
        }
        return new EditPlan(next, published, held);
    }
}
