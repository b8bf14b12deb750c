package org.signpost.evaluation.model;

import java.util.Optional;

/**
 * One group of a change summary as it may be released: the summary only when the group is not
 * suppressed (its n, mean change, interval and % improved are then all withheld).
 */
public record ReleasedGroup(String group, CellStatus status, Optional<ChangeSummary> summary) {

    public boolean suppressed() {
        return status.suppressed();
    }
}
