package org.signpost.notifications.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One message people can be sent, held as data: its key ({@code account.verify-email}), whether it is essential (it
 * cannot be turned off: account links, a referral to a group), the placeholders it takes with a sample value each (what
 * an admin's preview shows), and its wording per language.
 */
public record MessageTemplate(String key, boolean essential, Map<String, String> samples, Map<String, TemplateWording> wordings) {

    public static final String ENGLISH = "en";
    public static final String WELSH = "cy";

    public MessageTemplate {
        samples = Map.copyOf(samples);
        wordings = Map.copyOf(wordings);
        if (!wordings.containsKey(ENGLISH)) {
            throw new IllegalArgumentException("template " + key + " has no English wording (en): English is what every other language falls back to");
        }
        for (Map.Entry<String, TemplateWording> wording : wordings.entrySet()) {
            Set<String> undeclared = new java.util.TreeSet<>(wording.getValue().placeholders());
            undeclared.removeAll(samples.keySet());
            if (!undeclared.isEmpty()) {
                throw new IllegalArgumentException("template " + key + " (" + wording.getKey() + ") uses placeholders with no sample value: "
                        + undeclared);
            }
        }
    }

    public Set<String> placeholders() {
        return samples.keySet();
    }

    /** The wording in the language asked for, or English when that language has none. */
    public LanguageChoice wordingFor(Locale language) {
        String asked = language == null ? ENGLISH : language.getLanguage();
        return Optional.ofNullable(wordings.get(asked))
                .map(w -> new LanguageChoice(asked, w, false))
                .orElseGet(() -> new LanguageChoice(ENGLISH, wordings.get(ENGLISH), !ENGLISH.equals(asked)));
    }

    /** The wording chosen, its language, and whether it is English standing in for the language asked for. */
    public record LanguageChoice(String language, TemplateWording wording, boolean fellBackToEnglish) {
    }
}
