package org.signpost.notifications.application;

/**
 * Where email goes out: SMTP ({@code signpost.notifications.channel=smtp}, the default) or GOV.UK Notify
 * ({@code notify}). Exactly one is configured; a deployment without one does not start.
 */
public interface EmailChannel {

    /** @throws TransactionalEmail.EmailNotSent when the server or service refused it or could not be reached */
    void send(OutgoingEmail email);

    /** What the channel is, for logs and docs: {@code smtp} or {@code notify}. */
    String name();
}
