package org.signpost.directory.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How long a listing stays trusted after someone last confirmed it (its ORUK {@code assured_date}).
 * Older than {@code reviewAfter}: due for review (the group is reminded). Older than
 * {@code hideAfter}: stale (residents no longer see it; link workers see it flagged).
 * "Older than" is strict: a listing assured exactly six months ago is not yet due.
 */
public record ReviewPeriods(Period reviewAfter, Period hideAfter) {

    public static final ReviewPeriods DEFAULTS = new ReviewPeriods(Period.ofMonths(6), Period.ofMonths(12));

    public ReviewPeriods {
        Objects.requireNonNull(reviewAfter, "reviewAfter");
        Objects.requireNonNull(hideAfter, "hideAfter");
        if (reviewAfter.isNegative() || reviewAfter.isZero() || hideAfter.isNegative() || hideAfter.isZero()) {
            throw new IllegalArgumentException("review-after and hide-after must be positive periods");
        }
    }

    /** Parses ISO-8601 periods such as {@code P6M} or {@code P1Y}. */
    public static ReviewPeriods parse(String reviewAfter, String hideAfter) {
        return new ReviewPeriods(Period.parse(reviewAfter.trim()), Period.parse(hideAfter.trim()));
    }

    /** Never confirmed, or confirmed before {@link #reviewCutoff(LocalDate)}. */
    public boolean reviewDue(LocalDate assuredDate, LocalDate today) {
        return assuredDate == null || assuredDate.isBefore(reviewCutoff(today));
    }

    /** Confirmed, but before {@link #hideCutoff(LocalDate)}. A never-confirmed listing is not "stale" but never assured. */
    public boolean stale(LocalDate assuredDate, LocalDate today) {
        return assuredDate != null && assuredDate.isBefore(hideCutoff(today));
    }

    /** The oldest assured_date that is not yet due for review. */
    public LocalDate reviewCutoff(LocalDate today) {
        return today.minus(reviewAfter);
    }

    /** The oldest assured_date residents still see: SQL and search filters use {@code assured_date >= hideCutoff}. */
    public LocalDate hideCutoff(LocalDate today) {
        return today.minus(hideAfter);
    }
}
