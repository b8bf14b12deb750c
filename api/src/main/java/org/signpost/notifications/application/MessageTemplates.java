package org.signpost.notifications.application;

import java.util.List;
import java.util.Optional;
import org.signpost.notifications.model.MessageTemplate;

/** The templates people's messages are rendered from, held as data. */
public interface MessageTemplates {

    List<MessageTemplate> all();

    Optional<MessageTemplate> find(String key);

    default MessageTemplate get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("no message template " + key));
    }
}
