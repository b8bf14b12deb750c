package org.signpost.notifications.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Fills a template in. Every placeholder needs a value: a message is never sent with a {@code {{link}}} left in it (values
 * the template does not use are left out). Values are HTML-escaped in the HTML body; the subject and SMS take no line
 * breaks.
 */
public final class TemplateRendering {

    private TemplateRendering() {
    }

    public static RenderedMessage render(MessageTemplate template, Locale language, Map<String, String> values) {
        Set<String> missing = new TreeSet<>(template.placeholders());
        missing.removeIf(name -> values.get(name) != null);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("template " + template.key() + " takes " + new TreeSet<>(template.placeholders())
                    + "; missing " + missing);
        }
        MessageTemplate.LanguageChoice choice = template.wordingFor(language);
        TemplateWording w = choice.wording();
        String subject = oneLine(fill(w.subject(), values, false));
        return new RenderedMessage(template.key(), choice.language(), choice.fellBackToEnglish(), subject,
                fill(w.text(), values, false), page(choice.language(), subject, fill(w.html(), values, true)),
                w.sms() == null ? null : oneLine(fill(w.sms(), values, false)));
    }

    private static String fill(String text, Map<String, String> values, boolean html) {
        Matcher m = TemplateWording.PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(html ? escapeHtml(value) : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The HTML body as a whole document in the wording's language (screen readers pronounce Welsh as Welsh). */
    private static String page(String language, String subject, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + language + "\">\n<head><meta charset=\"utf-8\"><title>" + escapeHtml(subject)
                + "</title></head>\n<body style=\"font-family: Arial, sans-serif; font-size: 19px; line-height: 1.4\">\n"
                + body.strip() + "\n</body>\n</html>\n";
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").trim();
    }

    static String escapeHtml(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
