package org.signpost.search.application;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import org.signpost.directory.model.ResidentVisibility;

/**
 * How recently a listing must have been assured for residents to see it
 * ({@code signpost.directory.hide-after}, default 12 months), as the directory's public rule
 * ({@link ResidentVisibility}) decides it: the one place search reads it.
 */
@Singleton
public class AssuranceWindow {

    private final ResidentVisibility visibility;

    AssuranceWindow(ResidentVisibility visibility) {
        this.visibility = visibility;
    }

    /** The oldest assured date residents still see on {@code today}. */
    public LocalDate oldestVisible(LocalDate today) {
        return visibility.oldestVisibleAssuredDate(today);
    }
}
