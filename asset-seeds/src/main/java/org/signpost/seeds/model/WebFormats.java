package org.signpost.seeds.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Decides whether a value is a usable web address or email address. */
public final class WebFormats {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final Pattern HOST = Pattern.compile(
            "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|localhost|\\[[0-9A-Fa-f:.]+]|[0-9.]+");

    private WebFormats() {
    }

    /** An absolute http or https URL with a plausible host name, no spaces. */
    public static boolean isHttpUrl(String value) {
        if (value == null || value.isEmpty() || value.length() > TextLimits.URL) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (scheme == null || uri.isOpaque()) {
                return false;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            return (scheme.equals("http") || scheme.equals("https"))
                    && host != null && HOST.matcher(host).matches();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A plain addr-spec email such as {@code name@example.org} (no display name, no quoted parts). */
    public static boolean isEmail(String value) {
        return value != null && value.length() <= TextLimits.EMAIL && EMAIL.matcher(value).matches();
    }
}
