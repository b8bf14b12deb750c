package org.signpost.notifications.model;

/**
 * How one message reaches one person, decided in one place: an essential message always goes (by email when the person
 * chose none); a message the person turned off, or any message when they chose none, does not; SMS when they chose it,
 * a number is held, SMS can be sent at all and the template has SMS wording; email otherwise, when there is an address.
 */
public final class ChannelChoice {

    public enum Channel { EMAIL, SMS, NONE }

    /** The decision and why (the reason is logged and kept as the skip's channel). */
    public record Decision(Channel channel, String reason) {
    }

    private ChannelChoice() {
    }

    public static Decision decide(Channel preferred, boolean essential, boolean optedOut, boolean hasEmail, boolean hasPhone,
            boolean smsAvailable, boolean templateHasSms) {
        if (!essential && (optedOut || preferred == Channel.NONE)) {
            return new Decision(Channel.NONE, optedOut ? "turned off" : "chose no messages");
        }
        if (preferred == Channel.SMS && hasPhone && smsAvailable && templateHasSms) {
            return new Decision(Channel.SMS, "chose SMS");
        }
        if (hasEmail) {
            return new Decision(Channel.EMAIL, preferred == Channel.EMAIL ? "chose email" : "email instead");
        }
        if (hasPhone && smsAvailable && templateHasSms) {
            return new Decision(Channel.SMS, "no email address");
        }
        return new Decision(Channel.NONE, "no address to send to");
    }
}
