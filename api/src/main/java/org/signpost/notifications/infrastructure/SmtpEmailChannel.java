package org.signpost.notifications.infrastructure;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.signpost.notifications.application.EmailChannel;
import org.signpost.notifications.application.OutgoingEmail;
import org.signpost.notifications.application.TransactionalEmail.EmailNotSent;

/** Email over SMTP with Jakarta Mail (Eclipse Angus): one multipart/alternative message, plain text and HTML. */
@Singleton
@Requires(property = "signpost.notifications.channel", value = "smtp", defaultValue = "smtp")
class SmtpEmailChannel implements EmailChannel {

    private final Session session;
    private final InternetAddress from;

    SmtpEmailChannel(MailSettings settings) {
        if (!settings.configured()) {
            throw new ConfigurationException(NotificationChannelCheck.SMTP_MISSING);
        }
        this.session = Session.getInstance(properties(settings), authenticator(settings));
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (MessagingException e) {
            throw new ConfigurationException("SIGNPOST_MAIL_FROM is not an email address: " + settings.from());
        }
    }

    @Override
    public void send(OutgoingEmail email) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email.to(), true));
            message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
            if (email.unsubscribeUrl() != null) {
                // RFC 8058 one-click: mail programs show an unsubscribe button that POSTs to the URL
                message.setHeader("List-Unsubscribe", "<" + email.unsubscribeUrl() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            message.setHeader("X-Signpost-Reference", email.reference());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            message.setSentDate(new java.util.Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new EmailNotSent("the mail server did not take the message (" + email.reference() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "smtp";
    }

    private static Properties properties(MailSettings settings) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        String timeout = String.valueOf(settings.timeout().toMillis());
        p.put("mail.smtp.connectiontimeout", timeout);
        p.put("mail.smtp.timeout", timeout);
        p.put("mail.smtp.writetimeout", timeout);
        boolean auth = settings.username() != null && !settings.username().isBlank();
        p.put("mail.smtp.auth", String.valueOf(auth));
        switch (settings.tls().toLowerCase(Locale.ROOT)) {
            case "starttls" -> {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case "tls" -> {
                p.put("mail.smtp.ssl.enable", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case "none" -> {
                // plain SMTP: a relay on the same host, or the dev stack's in-process server
            }
            default -> throw new ConfigurationException("SIGNPOST_MAIL_TLS must be starttls, tls or none, not " + settings.tls());
        }
        return p;
    }

    private static Authenticator authenticator(MailSettings settings) {
        if (settings.username() == null || settings.username().isBlank()) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), settings.password());
            }
        };
    }
}
