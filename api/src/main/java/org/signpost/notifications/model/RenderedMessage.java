package org.signpost.notifications.model;

/**
 * A template filled in: what is sent. {@code language} is the wording's language; {@code fellBackToEnglish} says that
 * English stood in for the language asked for. {@code sms} is null when the template has no SMS wording.
 */
public record RenderedMessage(String template, String language, boolean fellBackToEnglish, String subject, String text, String html,
        String sms) {
}
