package org.signpost.directory.model;

import java.util.regex.Pattern;
import org.signpost.platform.errors.Violations;

/**
 * An email address, by the WHATWG HTML "valid e-mail address" rule (what browsers accept in
 * {@code <input type=email>}), with a dot required in the domain: a directory address must
 * reach someone on the internet.
 */
public final class EmailAddress {

    private static final Pattern VALID = Pattern.compile(
            "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$");

    private EmailAddress() {
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    public static void check(String value, String field, Violations violations) {
        if (value != null && !isValid(value)) {
            violations.add(field, "must be an email address");
        }
    }
}
