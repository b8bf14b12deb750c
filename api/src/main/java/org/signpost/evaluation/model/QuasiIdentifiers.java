package org.signpost.evaluation.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import org.signpost.seeds.geo.UkPostcode;

/**
 * What an outsider may know of a person and could match a released row against, generalised the
 * way every person-level export releases it (ICO anonymisation guidance; ARX hierarchies):
 * age band (at the completion day), sex, postcode area (the outcode's letters: {@code S60} → {@code S};
 * Signpost holds no postcode-to-local-authority lookup), the needs' top-level codes, the quarter
 * of the completion, and days since the episode started in bands (never negative). The practice is
 * never released in rows (Signpost holds no practice-to-PCN lookup): use the aggregated summaries by
 * practice instead.
 */
public record QuasiIdentifiers(String ageBand, String sex, String postcodeArea, String needs, String completedQuarter,
        String daysSinceEpisodeStart) {

    /** Day bands of time in service (whole weeks 0-5, 6-11, 12-25, 26-51, 52+). */
    private static final int[] DAY_BANDS = {0, 42, 84, 182, 364};
    private static final char SEPARATOR = '\u001f';

    /** The generalised quasi-identifiers of one fact; {@code needRoots} maps a needs code to its top-level code. */
    public static QuasiIdentifiers of(OutcomeFact fact, Map<String, String> needRoots) {
        LocalDate on = fact.completedOn();
        String ageBand = fact.dateOfBirth() == null || fact.dateOfBirth().isAfter(on) ? null : AgeBand.of(fact.dateOfBirth(), on).label();
        return new QuasiIdentifiers(ageBand, blankToNull(fact.sex()), area(fact.postcode()), topLevel(fact.needs(), needRoots),
                quarter(on), fact.episodeStart() == null ? null : daysBand(fact.episodeStart(), on));
    }

    /** The postcode area: the letters the outcode starts with (empty for anything not a UK postcode). */
    static String area(String postcode) {
        return UkPostcode.outcode(postcode).map(o -> o.replaceAll("[0-9].*$", "")).orElse(null);
    }

    /** The needs' top-level codes, distinct and sorted, joined by ';' (a code not in the taxonomy stands for itself). */
    static String topLevel(String needs, Map<String, String> needRoots) {
        if (needs == null || needs.isBlank()) {
            return null;
        }
        TreeSet<String> tops = new TreeSet<>();
        Arrays.stream(needs.split(";")).map(String::trim).filter(s -> !s.isEmpty()).forEach(n -> tops.add(needRoots.getOrDefault(n, n)));
        return String.join(";", tops);
    }

    static String quarter(LocalDate on) {
        return on.getYear() + "-Q" + ((on.getMonthValue() + 2) / 3);
    }

    /** Whole days from the start to the completion in bands; a completion before the start counts as day 0. */
    public static String daysBand(LocalDate start, LocalDate on) {
        long days = Math.max(0, ChronoUnit.DAYS.between(start, on));
        for (int i = DAY_BANDS.length - 1; i >= 0; i--) {
            if (days >= DAY_BANDS[i]) {
                return i == DAY_BANDS.length - 1 ? DAY_BANDS[i] + "+" : DAY_BANDS[i] + "-" + (DAY_BANDS[i + 1] - 1);
            }
        }
        throw new IllegalStateException("days " + days);
    }

    /** One string standing for the combination (for counting people per combination). */
    public String key() {
        return String.valueOf(ageBand) + SEPARATOR + sex + SEPARATOR + postcodeArea + SEPARATOR + needs + SEPARATOR + completedQuarter
                + SEPARATOR + daysSinceEpisodeStart;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
