package org.signpost.search.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.Period;

/**
 * How recently a listing must have been assured for residents to see it
 * ({@code signpost.directory.hide-after}, default 12 months): the one place search reads it.
 * The directory owns the rule (ResidentVisibility); when that lands, delegate to it here.
 */
@Singleton
public class AssuranceWindow {

    private final Period hideAfter;

    AssuranceWindow(@Value("${signpost.directory.hide-after:P12M}") String hideAfter) {
        this.hideAfter = Period.parse(hideAfter);
    }

    /** The oldest assured date residents still see on {@code today}. */
    public LocalDate oldestVisible(LocalDate today) {
        return today.minus(hideAfter);
    }
}
