package org.signpost.notifications.model;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's words in one language: the email's subject, plain text and HTML body, and (when the message may go by
 * SMS) a short text. Placeholders are written {@code {{name}}}.
 */
public record TemplateWording(String subject, String text, String html, String sms) {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9_-]*)\\s*}}");

    public TemplateWording {
        require(subject, "subject");
        require(text, "text");
        require(html, "html");
    }

    /** Every placeholder the wording uses. */
    public Set<String> placeholders() {
        Set<String> names = new TreeSet<>();
        for (String part : new String[] {subject, text, html, sms}) {
            if (part != null) {
                Matcher m = PLACEHOLDER.matcher(part);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a template wording needs a " + name);
        }
    }
}
