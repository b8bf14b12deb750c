package org.signpost.mecc.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a MECC record may use: the five core topics every area records, the wider topics this
 * deployment configured, and the configured settings.
 */
public record MeccVocabulary(List<String> coreTopics, List<String> widerTopics, List<String> settings) {

    /** Smoking, alcohol, physical activity, healthy eating / weight, mental wellbeing (PHE/HEE). */
    public static final List<String> CORE_TOPICS = List.of("smoking", "alcohol", "physical_activity", "healthy_eating",
            "mental_wellbeing");

    public MeccVocabulary(List<String> widerTopics, List<String> settings) {
        this(CORE_TOPICS, clean(widerTopics, CORE_TOPICS), clean(settings, List.of()));
    }

    public List<String> topics() {
        List<String> all = new ArrayList<>(coreTopics);
        all.addAll(widerTopics);
        return all;
    }

    public boolean knowsTopic(String topic) {
        return topic != null && topics().contains(normal(topic));
    }

    public boolean knowsSetting(String setting) {
        return setting != null && settings.contains(normal(setting));
    }

    public static String normal(String code) {
        return code.trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> clean(List<String> codes, List<String> except) {
        Set<String> out = new LinkedHashSet<>();
        for (String code : codes) {
            if (code != null && !code.isBlank() && !except.contains(normal(code))) {
                out.add(normal(code));
            }
        }
        return List.copyOf(out);
    }
}
