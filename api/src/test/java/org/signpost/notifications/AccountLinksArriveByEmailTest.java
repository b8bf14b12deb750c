package org.signpost.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.embedded.FreePorts;
import org.signpost.notifications.application.TransactionalEmail;
import org.signpost.notifications.application.TransactionalEmail.EmailNotSent;
import org.signpost.testing.Mailbox;
import org.signpost.testing.Mailbox.Received;

/**
 * The messages that carry a single-use link go out at once over SMTP and arrive, in plain text and HTML, in the
 * person's language: read here from the real SMTP server the tests run (GreenMail).
 */
@MicronautTest(transactional = false)
class AccountLinksArriveByEmailTest {

    static final Locale WELSH = Locale.forLanguageTag("cy");

    @Inject
    TransactionalEmail email;

    @Test
    void aVerificationLinkArrivesInPlainTextAndHtml() {
        String to = unique("new.resident");
        String link = "https://signpost.example.org/account/verify?token=abc&x=<1>";

        email.send(to, "account.verify-email", Locale.ENGLISH, Map.of("link", link));

        Received mail = Mailbox.of(to).awaitFirst();
        assertThat(mail.subject()).isEqualTo("Confirm your email address for Signpost");
        assertThat(mail.from()).contains("no-reply@signpost.invalid");
        assertThat(mail.text()).contains(link).doesNotContain("{{");
        // in HTML the link is escaped, so a value can never add markup
        assertThat(mail.html()).contains("href=\"https://signpost.example.org/account/verify?token=abc&amp;x=&lt;1&gt;\"")
                .contains("<html lang=\"en\">");
        assertThat(mail.header("X-Signpost-Reference")).startsWith("account.verify-email/").doesNotContain(to);
    }

    @Test
    void aWelshSpeakerGetsTheWelshWording() {
        String to = unique("preswylydd");

        email.send(to, "account.group-editor-invitation", WELSH,
                Map.of("link", "https://signpost.example.org/i?t=1", "organisation", "Clwb Cerdded Rotherham"));

        Received mail = Mailbox.of(to).awaitFirst();
        assertThat(mail.subject()).isEqualTo("Helpwch i gadw Clwb Cerdded Rotherham yn gyfredol ar Signpost");
        assertThat(mail.text()).contains("Rydych wedi cael gwahoddiad").contains("https://signpost.example.org/i?t=1");
        assertThat(mail.html()).contains("<html lang=\"cy\">");
    }

    @Test
    void aLanguageWithNoWordingGetsEnglish() {
        String to = unique("polish.speaker");

        email.send(to, "account.reset-password", Locale.forLanguageTag("pl"), Map.of("link", "https://signpost.example.org/r?t=2"));

        assertThat(Mailbox.of(to).awaitFirst().subject()).isEqualTo("Reset your Signpost password");
    }

    @Test
    void aMessageMissingItsLinkIsNeverSent() {
        String to = unique("no.link");

        Throwable refused = catchThrowable(() -> email.send(to, "account.claim-verify-email", Locale.ENGLISH,
                Map.of("listing", "Rotherham Walking Group")));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing [link]");
        assertThat(Mailbox.of(to).messages()).isEmpty();
    }

    @Test
    void whenTheMailServerCannotBeReachedTheCallerIsToldNothingWasSent() {
        int nobodyListens = FreePorts.find();
        try (ApplicationContext context = ApplicationContext.run(Map.of("signpost.mail.port", nobodyListens,
                "signpost.mail.timeout", "PT2S"), "test")) {
            Throwable failure = catchThrowable(() -> context.getBean(TransactionalEmail.class)
                    .send(unique("unlucky"), "account.staff-invitation", Locale.ENGLISH, Map.of("link", "https://signpost.example.org/i")));

            assertThat(failure).isInstanceOf(EmailNotSent.class).hasMessageContaining("account.staff-invitation/");
        }
    }

    static String unique(String name) {
        return name + "+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
