package org.signpost.people.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A UK postcode in its usual shape ("S60 1AA"), upper-cased with one space before the inward code. */
public final class UkPostcode {

    private static final Pattern SHAPE = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$");

    private UkPostcode() {
    }

    public static Optional<String> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        var matcher = SHAPE.matcher(input.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
        return matcher.matches() ? Optional.of(matcher.group(1) + " " + matcher.group(2)) : Optional.empty();
    }
}
