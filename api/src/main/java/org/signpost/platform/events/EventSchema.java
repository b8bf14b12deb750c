package org.signpost.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name and version of one kind of {@link PlatformEvent}, as stored in {@code event_outbox} and sent to
 * subscribers. A payload that changes shape gets a new version (a new record); the old one stays readable until no
 * row holds it. {@code subject} is what the event is about ({@code aggregate_type} in the outbox).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventSchema {

    String type();

    int version();

    String subject();
}
