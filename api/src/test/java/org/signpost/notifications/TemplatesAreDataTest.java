package org.signpost.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.signpost.notifications.application.MessageTemplates;
import org.signpost.notifications.model.MessageTemplate;
import org.signpost.notifications.model.RenderedMessage;
import org.signpost.notifications.model.TemplateRendering;

/** The templates are data: the account ones are there in English and Welsh, and a broken file stops the start. */
@MicronautTest(transactional = false, startApplication = false)
class TemplatesAreDataTest {

    @Inject
    MessageTemplates templates;

    @Test
    void theAccountTemplatesAreReadyInEnglishAndWelshAndAreEssential() {
        for (String key : List.of("account.verify-email", "account.reset-password", "account.staff-invitation",
                "account.group-editor-invitation", "account.claim-verify-email")) {
            MessageTemplate template = templates.get(key);
            assertThat(template.essential()).as(key).isTrue();
            assertThat(template.placeholders()).as(key).contains("link");
            for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("cy"))) {
                RenderedMessage rendered = TemplateRendering.render(template, language, template.samples());
                assertThat(rendered.fellBackToEnglish()).as(key + " " + language).isFalse();
                assertThat(rendered.text() + rendered.html() + rendered.subject()).as(key).doesNotContain("{{");
            }
        }
    }

    @Test
    void aTemplateUsingAPlaceholderWithNoSampleIsRefusedWithItsFileAndKey() {
        String yaml = """
                referral.new:
                  samples:
                    link: https://x
                  en:
                    subject: A new referral
                    text: Open {{link}} for {{resident_name}}
                    html: <p>{{link}}</p>
                """;

        Throwable refused = catchThrowable(() -> org.signpost.notifications.infrastructure.TemplateFiles.parse("custom.yml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));

        assertThat(refused).hasMessageContaining("custom.yml").hasMessageContaining("referral.new")
                .hasMessageContaining("resident_name");
    }
}
