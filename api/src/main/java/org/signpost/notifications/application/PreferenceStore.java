package org.signpost.notifications.application;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.signpost.notifications.model.ChannelChoice.Channel;

/** People's notification choices as stored ({@code notification_preference}, {@code notification_opt_out}). */
public interface PreferenceStore {

    /** What the user chose; the defaults (email, English, nothing off) when they chose nothing. */
    Stored get(UUID userId);

    void save(UUID userId, Stored preferences, Instant at);

    /** Turns one message off (idempotent). */
    void optOut(UUID userId, String template, Instant at);

    record Stored(Channel channel, String phone, String language, Set<String> optedOut) {
        public Stored {
            optedOut = Set.copyOf(optedOut);
        }

        public static Stored defaults() {
            return new Stored(Channel.EMAIL, null, "en", Set.of());
        }
    }
}
