package org.signpost.notifications.infrastructure;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A deployment names where its mail goes; without it Signpost refuses to start rather than silently drop the messages
 * people are waiting for (a verification link, a referral for a group). Read from the environment and system
 * properties before anything starts, like the database and Elasticsearch (see {@code RunMode}).
 */
public final class NotificationChannelCheck {

    static final String SMTP_MISSING = "Signpost will not start: SIGNPOST_MAIL_HOST is not set, so the email people are sent "
            + "(account links, referrals, answers) would go nowhere. Set SIGNPOST_MAIL_HOST (and SIGNPOST_MAIL_PORT, "
            + "SIGNPOST_MAIL_USERNAME, SIGNPOST_MAIL_PASSWORD, SIGNPOST_MAIL_FROM), or choose GOV.UK Notify with "
            + "SIGNPOST_NOTIFICATIONS_CHANNEL=notify and SIGNPOST_NOTIFY_API_KEY (see the README, 'Configuration for a real deployment').";
    static final String NOTIFY_MISSING = "Signpost will not start: SIGNPOST_NOTIFICATIONS_CHANNEL=notify but SIGNPOST_NOTIFY_API_KEY "
            + "or SIGNPOST_NOTIFY_EMAIL_TEMPLATE_ID is not set (see docs/notifications.md, 'Email and SMS').";

    private NotificationChannelCheck() {
    }

    /** Why the configured channel cannot send, or empty when it can. */
    public static Optional<String> whatIsMissing(Map<String, String> env, Properties system) {
        String channel = value(env, system, "SIGNPOST_NOTIFICATIONS_CHANNEL", "signpost.notifications.channel").orElse("smtp");
        return switch (channel.toLowerCase(Locale.ROOT)) {
            case "smtp" -> value(env, system, "SIGNPOST_MAIL_HOST", "signpost.mail.host").isPresent() ? Optional.empty()
                    : Optional.of(SMTP_MISSING);
            case "notify" -> value(env, system, "SIGNPOST_NOTIFY_API_KEY", "signpost.notify.api-key").isPresent()
                    && value(env, system, "SIGNPOST_NOTIFY_EMAIL_TEMPLATE_ID", "signpost.notify.email-template-id").isPresent()
                    ? Optional.empty() : Optional.of(NOTIFY_MISSING);
            default -> Optional.of("Signpost will not start: SIGNPOST_NOTIFICATIONS_CHANNEL must be smtp or notify, not " + channel);
        };
    }

    /** Whether the deployment names a mail server or service at all (dev mode starts its own when it does not). */
    public static boolean mailConfigured(Map<String, String> env, Properties system) {
        return value(env, system, "SIGNPOST_MAIL_HOST", "signpost.mail.host").isPresent()
                || value(env, system, "SIGNPOST_NOTIFICATIONS_CHANNEL", "signpost.notifications.channel").filter("notify"::equalsIgnoreCase).isPresent();
    }

    private static Optional<String> value(Map<String, String> env, Properties system, String envName, String property) {
        String v = system.getProperty(property);
        if (v == null || v.isBlank()) {
            v = env.get(envName);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }
}
