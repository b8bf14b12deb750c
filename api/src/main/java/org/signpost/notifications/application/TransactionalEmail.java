package org.signpost.notifications.application;

import java.util.Locale;
import java.util.Map;

/**
 * Sends one email now, in the caller's request, rendered from a template held as data: the messages that carry a
 * single-use link (verify an address, reset a password, accept an invitation). The raw token in such a link is never
 * stored, so these do not go through the event outbox; if sending fails the caller says so and the person asks again.
 * Everything else people are told goes through the outbox and the dispatcher.
 */
public interface TransactionalEmail {

    /**
     * @param to        the address
     * @param template  a template key, e.g. {@code account.verify-email}
     * @param language  the recipient's language (English and Welsh templates; English when the other is missing)
     * @param values    the template's placeholders, e.g. {@code link}
     * @throws EmailNotSent when the mail server or service refused or could not be reached
     */
    void send(String to, String template, Locale language, Map<String, String> values);

    /** The message could not be handed to the mail server or service; nothing was sent. */
    final class EmailNotSent extends RuntimeException {
        public EmailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
