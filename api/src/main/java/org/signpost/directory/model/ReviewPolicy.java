package org.signpost.directory.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which fields of a verified listing a group may change at once and which wait for a
 * coordinator. Applies only to a GROUP_EDITOR's edit of a VERIFIED listing; drafts and
 * coordinators' edits publish at once. Defaults: what changes week to week (schedules, capacity,
 * contacts, cost, status, alert, ...) publishes; what a resident relies on to judge the offer
 * (name, description, organisation, eligibility, needs terms, web and email addresses, locations)
 * is held.
 */
public final class ReviewPolicy {

    public enum Decision { PUBLISH, HOLD }

    private static final Set<ListingField> HELD_BY_DEFAULT = EnumSet.of(ListingField.NAME, ListingField.DESCRIPTION,
            ListingField.ORGANISATION, ListingField.ELIGIBILITY, ListingField.TERMS, ListingField.URL, ListingField.EMAIL,
            ListingField.LOCATIONS);

    private final Map<ListingField, Decision> decisions;

    private ReviewPolicy(Map<ListingField, Decision> decisions) {
        this.decisions = decisions;
    }

    public static ReviewPolicy defaults() {
        return withOverrides(Map.of());
    }

    /** The defaults with some fields decided otherwise. */
    public static ReviewPolicy withOverrides(Map<ListingField, Decision> overrides) {
        Map<ListingField, Decision> decisions = new EnumMap<>(ListingField.class);
        for (ListingField field : ListingField.values()) {
            decisions.put(field, HELD_BY_DEFAULT.contains(field) ? Decision.HOLD : Decision.PUBLISH);
        }
        decisions.putAll(overrides);
        return new ReviewPolicy(decisions);
    }

    public Decision decide(ListingField field) {
        return decisions.get(field);
    }

    public Map<ListingField, Decision> asMap() {
        return Map.copyOf(decisions);
    }
}
