package org.signpost.accounts.application;

import java.util.Locale;
import org.signpost.platform.errors.InvalidInputException;

/** Email addresses as accounts hold them: trimmed, lower case, one {@code @} with something either side. */
final class Emails {

    private Emails() {
    }

    static String normalise(String field, String address) {
        String a = address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
        int at = a.indexOf('@');
        if (a.length() > 254 || at <= 0 || at != a.lastIndexOf('@') || at == a.length() - 1 || a.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException(field, "must be an email address");
        }
        return a;
    }
}
