package org.signpost.referral.model;

/** How far a goal of the personalised plan has got. */
public enum GoalStatus {
    NOT_STARTED,
    IN_PROGRESS,
    ACHIEVED,
    DROPPED;

    public String wire() {
        return name().toLowerCase();
    }

    public static GoalStatus fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
