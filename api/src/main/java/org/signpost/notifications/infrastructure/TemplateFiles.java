package org.signpost.notifications.infrastructure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signpost.notifications.model.MessageTemplate;
import org.signpost.notifications.model.TemplateWording;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads one YAML file of message templates (the format is described on {@link YamlMessageTemplates}). */
public final class TemplateFiles {

    private TemplateFiles() {
    }

    public static List<MessageTemplate> parse(String file, InputStream in) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalStateException(file + ": expected a map of template keys");
        }
        List<MessageTemplate> out = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            try {
                out.add(template(key, (Map<?, ?>) entry.getValue()));
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + ": template " + key + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static MessageTemplate template(String key, Map<?, ?> body) {
        boolean essential = Boolean.TRUE.equals(body.get("essential"));
        Map<String, String> samples = new LinkedHashMap<>();
        if (body.get("samples") instanceof Map<?, ?> s) {
            s.forEach((k, v) -> samples.put(String.valueOf(k), String.valueOf(v)));
        }
        Map<String, TemplateWording> wordings = new LinkedHashMap<>();
        for (String language : List.of(MessageTemplate.ENGLISH, MessageTemplate.WELSH)) {
            if (body.get(language) instanceof Map<?, ?> w) {
                wordings.put(language, new TemplateWording(string(w, "subject"), string(w, "text"), string(w, "html"), string(w, "sms")));
            }
        }
        return new MessageTemplate(key, essential, samples, wordings);
    }

    private static String string(Map<?, ?> map, String name) {
        Object v = map.get(name);
        return v == null ? null : String.valueOf(v);
    }
}
