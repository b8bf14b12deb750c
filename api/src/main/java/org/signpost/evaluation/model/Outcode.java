package org.signpost.evaluation.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outward code of a UK postcode ({@code S60 1AB} → {@code S60}): the area an evaluator sees
 * instead of an address. Case and spacing do not matter. A bare outward code is returned as it
 * is; anything that is not a UK postcode gives nothing rather than a guess.
 */
public final class Outcode {

    private static final String OUTWARD = "[A-Z]{1,2}[0-9][A-Z0-9]?";
    private static final Pattern FULL = Pattern.compile("^(" + OUTWARD + ")([0-9][A-Z]{2})$");
    private static final Pattern OUTWARD_ONLY = Pattern.compile("^" + OUTWARD + "$");
    private static final String GIROBANK = "GIR0AA";

    private Outcode() {
    }

    public static Optional<String> of(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.equals(GIROBANK)) {
            return Optional.of("GIR");
        }
        Matcher full = FULL.matcher(compact);
        if (full.matches()) {
            return Optional.of(full.group(1));
        }
        return OUTWARD_ONLY.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
