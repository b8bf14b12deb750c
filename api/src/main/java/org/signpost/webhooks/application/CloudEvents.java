package org.signpost.webhooks.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;
import org.signpost.platform.events.StoredEvent;

/**
 * A platform event as a CloudEvents 1.0 JSON document (structured mode). {@code id} is the event's id, the same on
 * every attempt and to every subscription: receivers de-duplicate on it. {@code type} is the event type and version
 * ({@code org.signpost.referral.sent.v1}), {@code data} the event's payload (ids and codes only), and the extension
 * {@code link} the API address where a partner reads the subject with its own credentials, access checked there.
 */
@Singleton
class CloudEvents {

    static final String TYPE_PREFIX = "org.signpost.";

    /** Where the API serves each kind of subject. */
    private static final Map<String, String> LINKS = Map.of(
            "onward_referral", "/referrals/",
            "service", "/directory/services/",
            "organisation", "/directory/organisations/");

    private final ObjectMapper mapper;
    private final WebhookSettings settings;

    CloudEvents(ObjectMapper mapper, WebhookSettings settings) {
        this.mapper = mapper;
        this.settings = settings;
    }

    byte[] write(StoredEvent event, UUID organisation) {
        ObjectNode json = mapper.createObjectNode();
        json.put("specversion", "1.0");
        json.put("id", event.id().toString());
        json.put("source", settings.base() + "/organisations/" + organisation);
        json.put("type", TYPE_PREFIX + event.type() + ".v" + event.version());
        json.put("subject", event.subjectId().toString());
        json.put("time", event.occurredAt().toString());
        json.put("datacontenttype", "application/json");
        String link = LINKS.get(event.subject());
        if (link != null) {
            json.put("link", settings.base() + link + event.subjectId());
        }
        try {
            json.set("data", mapper.readTree(event.payload()));
            return mapper.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.id() + " has a payload that is not JSON", e);
        }
    }
}
