package org.signpost.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.NotificationsApi;
import org.signpost.contract.model.NotificationChannel;
import org.signpost.contract.model.NotificationLanguage;
import org.signpost.contract.model.NotificationPreferences;
import org.signpost.contract.model.NotificationPreferencesUpdate;
import org.signpost.contract.model.NotificationTemplatePreview;
import org.signpost.contract.model.NotificationTemplatePreviewRequest;
import org.signpost.contract.model.NotificationTemplateSummary;
import org.signpost.contract.model.NotificationTopic;
import org.signpost.contract.model.Problem;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.Problems;
import org.signpost.testing.TestUsers;

/**
 * People choose how they hear of things and turn off what is not essential (never what is); an ADMIN sees every
 * template and previews it with sample values in English or Welsh, nothing sent.
 */
@MicronautTest(transactional = false)
class PreferencesAndTemplatePreviewTest {

    @Inject
    NotificationsApi notifications;

    @Inject
    TestUsers users;

    @Inject
    @io.micronaut.http.client.annotation.Client("/")
    io.micronaut.http.client.HttpClient http;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aGroupEditorSeesTheirMessagesChoosesSmsInWelshAndTurnsOffReviewReminders() {
        users.actAs(Role.GROUP_EDITOR);
        NotificationPreferences before = notifications.getNotificationPreferences();
        assertThat(before.getChannel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(before.getLanguage()).isEqualTo(NotificationLanguage.EN);
        assertThat(before.getTopics()).extracting(NotificationTopic::getKey)
                .containsExactly("listing.hidden", "listing.review-due", "referral.cancelled", "referral.new");
        assertThat(before.getTopics()).filteredOn(NotificationTopic::getEssential).extracting(NotificationTopic::getKey)
                .containsExactly("referral.cancelled", "referral.new");

        NotificationPreferences after = notifications.updateNotificationPreferences(new NotificationPreferencesUpdate(
                NotificationChannel.SMS, NotificationLanguage.CY, List.of("listing.review-due")).phone("07700 900123"));

        assertThat(after.getChannel()).isEqualTo(NotificationChannel.SMS);
        assertThat(after.getPhone()).isEqualTo("07700900123");
        assertThat(after.getTopics()).filteredOn(t -> !t.getSubscribed()).extracting(NotificationTopic::getKey)
                .containsExactly("listing.review-due");
        assertThat(notifications.getNotificationPreferences()).isEqualTo(after);
    }

    @Test
    void anEssentialMessageCannotBeTurnedOffAndSmsNeedsANumber() {
        users.actAs(Role.LINK_WORKER);

        Problem essential = Problems.expectProblem(HttpStatus.BAD_REQUEST, () -> notifications.updateNotificationPreferences(
                new NotificationPreferencesUpdate(NotificationChannel.EMAIL, NotificationLanguage.EN, List.of("referral.declined"))));
        assertThat(essential.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getField()).isEqualTo("unsubscribed");
            assertThat(e.getDetail()).contains("essential");
        });
        Problem notMine = Problems.expectProblem(HttpStatus.BAD_REQUEST, () -> notifications.updateNotificationPreferences(
                new NotificationPreferencesUpdate(NotificationChannel.EMAIL, NotificationLanguage.EN, List.of("listing.review-due"))));
        assertThat(notMine.getErrors()).extracting(e -> e.getField()).containsExactly("unsubscribed");
        Problem noNumber = Problems.expectProblem(HttpStatus.BAD_REQUEST, () -> notifications.updateNotificationPreferences(
                new NotificationPreferencesUpdate(NotificationChannel.SMS, NotificationLanguage.EN, List.of())));
        assertThat(noNumber.getErrors()).extracting(e -> e.getField()).containsExactly("phone");
    }

    @Test
    void aForgedUnsubscribeTokenIsRefusedNamingTheToken() {
        Problem forged = Problems.expectProblem(HttpStatus.BAD_REQUEST, () -> notifications.unsubscribe("AAAAAAAAAAAAAAAAAAAAAHJlZmVycmFsLmF0dGVuZGVk.AAAA", null));
        assertThat(forged.getErrors()).extracting(e -> e.getField()).containsExactly("token");
    }

    @Test
    void anAdminListsTheTemplatesAndPreviewsOneInWelshWithSampleValues() {
        users.actAs(Role.ADMIN);
        List<NotificationTemplateSummary> all = notifications.listNotificationTemplates().getTemplates();
        assertThat(all).extracting(NotificationTemplateSummary::getKey).contains("account.verify-email", "referral.new",
                "referral.declined", "listing.review-due", "resident.outcome-invitation", "approval.claim");
        assertThat(all).filteredOn(t -> !t.getKey().startsWith("account.")).allSatisfy(t -> {
            assertThat(t.getLanguages()).containsExactly("cy", "en");
            assertThat(t.getSms()).isTrue();
            assertThat(t.getPlaceholders()).contains("link");
        });

        NotificationTemplatePreview welsh = notifications.previewNotificationTemplate("referral.declined",
                new NotificationTemplatePreviewRequest().language("cy").values(Map.of("listing", "Clwb <Cerdded>")));
        assertThat(welsh.getLanguage()).isEqualTo("cy");
        assertThat(welsh.getFellBackToEnglish()).isFalse();
        assertThat(welsh.getSubject()).isEqualTo("Mae Clwb <Cerdded> wedi gwrthod eich atgyfeiriad");
        assertThat(welsh.getHtml()).contains("Clwb &lt;Cerdded&gt;").contains("<html lang=\"cy\">");
        assertThat(welsh.getText()).contains("they have no places at the moment").doesNotContain("{{");
        assertThat(welsh.getSms()).startsWith("Signpost:");

        Problem unknown = Problems.expectProblem(HttpStatus.BAD_REQUEST, () -> notifications.previewNotificationTemplate("referral.new",
                new NotificationTemplatePreviewRequest().values(Map.of("resident_name", "x"))));
        assertThat(unknown.getErrors()).extracting(e -> e.getField()).containsExactly("values.resident_name");
        // the generated client answers a 404 as null, so this one is sent as it stands
        Map<String, Object> missing = org.signpost.testing.ProblemBodies.expect(HttpStatus.NOT_FOUND, () -> http.toBlocking().exchange(
                io.micronaut.http.HttpRequest.POST("/admin/notification-templates/no.such/preview", "{}").bearerAuth(Bearer.current())));
        assertThat(missing.get("detail").toString()).contains("no.such");
    }

    @Test
    void onlyAnAdminSeesTheTemplates() {
        users.actAs(Role.COORDINATOR);
        Problems.expectProblem(HttpStatus.FORBIDDEN, () -> notifications.listNotificationTemplates());
    }
}
