package org.signpost.testing;


import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one address received on the tests' mail server ({@link TestMail}), read as a person would. */
public final class Mailbox {

    private final String address;

    private Mailbox(String address) {
        this.address = address;
    }

    public static Mailbox of(String address) {
        return new Mailbox(address);
    }

    /** Every message delivered to this address so far, oldest first. */
    public List<Received> messages() {
        return Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(this::addressedHere)
                .map(Received::of)
                .toList();
    }

    /** Waits (up to 20 s) until this address has received {@code count} messages; returns them all. */
    public List<Received> awaitCount(int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> messages().size() >= count);
        return messages();
    }

    /** Waits for the first message to this address. */
    public Received awaitFirst() {
        return awaitCount(1).get(0);
    }

    private boolean addressedHere(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One delivered message: its headers, subject, plain text and HTML parts. */
    public record Received(String from, String subject, String text, String html, Map<String, String> headers) {

        static Received of(MimeMessage message) {
            try {
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                var all = message.getAllHeaders();
                while (all.hasMoreElements()) {
                    var h = all.nextElement();
                    headers.put(h.getName(), h.getValue());
                }
                String text = null;
                String html = null;
                if (message.getContent() instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        BodyPart part = multipart.getBodyPart(i);
                        if (part.isMimeType("text/plain")) {
                            text = (String) part.getContent();
                        } else if (part.isMimeType("text/html")) {
                            html = (String) part.getContent();
                        }
                    }
                } else {
                    text = String.valueOf(message.getContent());
                }
                return new Received(message.getFrom()[0].toString(), message.getSubject(), text, html, headers);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            return headers.get(name);
        }
    }
}
