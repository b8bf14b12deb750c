package org.signpost.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns events into stored JSON and back, with the application's ObjectMapper. Every {@link PlatformEvent} record is
 * known here by its {@link EventSchema}; a row whose type or version is not one of them is refused with
 * {@link UnknownEventException} (say, a row written by a newer release): never guessed at, never silently dropped.
 */
@Singleton
public class EventTypes {

    /** A stored event this release cannot read. */
    public static final class UnknownEventException extends RuntimeException {
        public UnknownEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Map<String, Class<? extends PlatformEvent>> byKey = new HashMap<>();
    private final ObjectMapper mapper;
    /** Times as ISO-8601 text ({@code 2026-12-02T10:15:30.123456Z}, {@code PT120H}), whatever the mapper's default. */
    private final ObjectWriter writer;

    public EventTypes(ObjectMapper mapper) {
        this.mapper = mapper;
        this.writer = mapper.writer().without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .without(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        for (Class<?> permitted : PlatformEvent.class.getPermittedSubclasses()) {
            EventSchema schema = schemaOf(permitted);
            Class<? extends PlatformEvent> previous = byKey.put(key(schema.type(), schema.version()), permitted.asSubclass(PlatformEvent.class));
            if (previous != null) {
                throw new IllegalStateException("Two event records claim " + schema.type() + " v" + schema.version());
            }
        }
    }

    public static EventSchema schemaOf(Class<?> type) {
        EventSchema schema = type.getAnnotation(EventSchema.class);
        if (schema == null) {
            throw new IllegalStateException(type.getSimpleName() + " is a PlatformEvent without an @EventSchema");
        }
        return schema;
    }

    public static EventSchema schemaOf(PlatformEvent event) {
        return schemaOf(event.getClass());
    }

    public String write(PlatformEvent event) {
        try {
            return writer.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write event " + schemaOf(event).type(), e);
        }
    }

    public PlatformEvent read(String type, int version, String payload) {
        Class<? extends PlatformEvent> record = byKey.get(key(type, version));
        if (record == null) {
            throw new UnknownEventException("Unknown event " + type + " v" + version
                    + ": this release reads " + byKey.keySet().stream().sorted().toList(), null);
        }
        try { // an unknown field is a change of shape without a new version: refused too
            return mapper.readerFor(record).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(payload);
        } catch (JsonProcessingException e) {
            throw new UnknownEventException("Event " + type + " v" + version + " has a payload this release cannot read: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String key(String type, int version) {
        return type + " v" + version;
    }
}
