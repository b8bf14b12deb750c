package org.signpost.notifications.infrastructure;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.signpost.notifications.application.MessageTemplates;
import org.signpost.notifications.model.MessageTemplate;

/**
 * The message templates, read at start from YAML files ({@code signpost.notifications.template-files}; the built-in
 * ones are under {@code classpath:notifications/templates/}). Each file maps a template key to
 * {@code essential}, {@code samples} (every placeholder with a sample value) and one block per language
 * ({@code en}, {@code cy}) of {@code subject}, {@code text}, {@code html} and optionally {@code sms}.
 * A file that breaks these rules stops the start with the file and template named.
 */
@Singleton
class YamlMessageTemplates implements MessageTemplates {

    private final Map<String, MessageTemplate> templates;

    YamlMessageTemplates(ResourceResolver resources,
            @Value("${signpost.notifications.template-files:classpath:notifications/templates/account.yml,classpath:notifications/templates/events.yml}") List<String> files) {
        Map<String, MessageTemplate> all = new TreeMap<>();
        for (String file : files) {
            for (MessageTemplate template : read(resources, file)) {
                if (all.put(template.key(), template) != null) {
                    throw new IllegalStateException(file + ": template " + template.key() + " is defined twice");
                }
            }
        }
        this.templates = Map.copyOf(all);
    }

    @Override
    public List<MessageTemplate> all() {
        return new TreeMap<>(templates).values().stream().toList();
    }

    @Override
    public Optional<MessageTemplate> find(String key) {
        return Optional.ofNullable(templates.get(key));
    }

    private static List<MessageTemplate> read(ResourceResolver resources, String file) {
        try (InputStream in = resources.getResourceAsStream(file)
                .orElseThrow(() -> new IllegalStateException("message templates not found: " + file))) {
            return TemplateFiles.parse(file, in);
        } catch (IOException e) {
            throw new IllegalStateException("message templates unreadable: " + file, e);
        }
    }
}
