package org.signpost.people.model;

import java.util.Locale;
import java.util.Optional;

/** An ODS code of a GP practice: a letter and five digits (e.g. C87001), upper-cased. */
public final class OdsCode {

    private OdsCode() {
    }

    public static Optional<String> practice(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String code = input.trim().toUpperCase(Locale.ROOT);
        return code.matches("[A-Z][0-9]{5}") ? Optional.of(code) : Optional.empty();
    }
}
