package org.signpost.search.model;

/** How results are ordered. */
public enum SortOrder {
    /** Text relevance, blended with nearness when a point is given. */
    RELEVANCE,
    /** Nearest first; needs a point. */
    DISTANCE,
    /** Soonest next session first. */
    SOONEST
}
