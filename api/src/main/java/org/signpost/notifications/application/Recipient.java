package org.signpost.notifications.application;

import java.util.Set;
import java.util.UUID;
import org.signpost.notifications.model.ChannelChoice.Channel;

/**
 * One person a message may go to, with what they chose: read when sending, never stored with the message.
 * {@code email} is null when the account has no address; {@code phone} when no number is held.
 */
public record Recipient(UUID userId, String email, String phone, Channel preferred, String language, Set<String> optedOut) {

    public Recipient {
        optedOut = Set.copyOf(optedOut);
    }
}
