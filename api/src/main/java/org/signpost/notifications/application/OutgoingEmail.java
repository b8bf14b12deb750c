package org.signpost.notifications.application;

/**
 * One email ready to hand over: the address, the rendered words, a reference for the channel's records (names the
 * template, never the person) and, for a message that is not essential, the one-click unsubscribe URL (sent as the
 * {@code List-Unsubscribe} header, RFC 8058; null for essential messages).
 */
public record OutgoingEmail(String to, String subject, String text, String html, String reference, String unsubscribeUrl) {
}
