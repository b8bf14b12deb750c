package org.signpost.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.NotificationsApi;
import org.signpost.contract.client.OnwardReferralsApi;
import org.signpost.contract.model.NotificationTopic;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.OnwardStatus;
import org.signpost.contract.model.OnwardTransitionRequest;
import org.signpost.testing.Bearer;
import org.signpost.testing.Mailbox;
import org.signpost.testing.Mailbox.Received;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Group;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/**
 * The loop by email, read from the real SMTP server the tests run: a link worker refers, the group is told (with a link
 * to the referral and nothing about the person), accepts, and the link worker hears the answer. A message that is not
 * essential carries a one-click unsubscribe (RFC 8058) that works without signing in and stops the next one.
 */
@MicronautTest(transactional = false)
class ReferralNewsArrivesByEmailTest {

    static final String CONSOLE = "http://localhost:8080/console/referrals/";

    @Inject
    SocialPrescribing sp;

    @Inject
    TestUsers users;

    @Inject
    OnwardReferralsApi referrals;

    @Inject
    NotificationsApi notifications;

    @Inject
    @Client("/")
    HttpClient http;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aLinkWorkerRefersTheGroupIsToldAcceptsAndTheLinkWorkerHearsTheAnswer() {
        Team team = sp.team();
        String listing = "Walking group " + UUID.randomUUID().toString().substring(0, 8);
        Group group = sp.group(listing, 4);

        act(team.linkWorker());
        OnwardReferral sent = transition(sp.draftReferral(group, "Margaret", "Thistlewood"), OnwardStatus.SENT, SocialPrescribing.DIRECT_CARE);

        Received news = Mailbox.of(group.editor()).awaitFirst();
        assertThat(news.subject()).isEqualTo("New referral to " + listing);
        assertThat(news.text()).contains(CONSOLE + sent.getId());
        assertThat(news.html()).contains("href=\"" + CONSOLE + sent.getId() + "\"");
        // minimum personal data: that something happened and where; never who or why
        assertThat(news.subject() + news.text() + news.html()).doesNotContain("Margaret").doesNotContain("Thistlewood")
                .doesNotContain("Wants company").doesNotContain("loneliness").doesNotContain("S60");
        assertThat(news.header("X-Signpost-Reference")).startsWith("referral.new/").doesNotContain(group.editor());
        assertThat(news.header("List-Unsubscribe")).as("a referral for a group is essential").isNull();

        act(group.editor());
        transition(sent, OnwardStatus.ACCEPTED, SocialPrescribing.REFERRAL_MANAGEMENT);

        Received answer = Mailbox.of(team.linkWorker()).awaitFirst();
        assertThat(answer.subject()).isEqualTo(listing + " accepted your referral");
        assertThat(answer.text()).contains(CONSOLE + sent.getId()).doesNotContain("Margaret");
        assertThat(Mailbox.of(group.editor()).messages()).as("the group is not told of its own answer").hasSize(1);
    }

    @Test
    void aMessageThatIsNotEssentialCanBeTurnedOffInOneClickAndTheNextOneIsNotSent() {
        Team team = sp.team();
        String listing = "Craft club " + UUID.randomUUID().toString().substring(0, 8);
        Group group = sp.group(listing, 4);
        act(team.linkWorker());
        OnwardReferral first = transition(sp.draftReferral(group, "Ada", "Oneclick"), OnwardStatus.SENT, SocialPrescribing.DIRECT_CARE);
        OnwardReferral second = transition(sp.draftReferral(group, "Bea", "Oneclick"), OnwardStatus.SENT, SocialPrescribing.DIRECT_CARE);
        act(group.editor());
        OnwardReferral attended = transition(transition(first, OnwardStatus.ACCEPTED, SocialPrescribing.REFERRAL_MANAGEMENT),
                OnwardStatus.ATTENDED, SocialPrescribing.REFERRAL_MANAGEMENT);

        Received went = Mailbox.of(team.linkWorker()).awaitCount(2).stream()
                .filter(m -> m.subject().startsWith("Someone you referred went to")).findFirst().orElseThrow();
        String unsubscribe = went.header("List-Unsubscribe");
        assertThat(unsubscribe).startsWith("<http://localhost:8080/notifications/unsubscribe?token=").endsWith(">");
        assertThat(went.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

        // what a mail program does (RFC 8058): POST the form to the URL, no credentials
        Bearer.clear();
        URI url = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = http.toBlocking().retrieve(HttpRequest.POST(url.getPath() + "?" + url.getRawQuery(), "List-Unsubscribe=One-Click")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Map.class);
        assertThat(result).containsEntry("template", "referral.attended").containsEntry("subscribed", false);

        act(team.linkWorker());
        assertThat(notifications.getNotificationPreferences().getTopics()).filteredOn(t -> t.getKey().equals("referral.attended"))
                .singleElement().extracting(NotificationTopic::getSubscribed).isEqualTo(false);

        act(group.editor());
        OnwardReferral secondAttended = transition(transition(second, OnwardStatus.ACCEPTED, SocialPrescribing.REFERRAL_MANAGEMENT),
                OnwardStatus.ATTENDED, SocialPrescribing.REFERRAL_MANAGEMENT);
        await().atMost(Duration.ofSeconds(20)).until(() -> sp.count("SELECT COUNT(*) FROM notification_sent s JOIN event_outbox e"
                + " ON e.event_id = s.event_id WHERE e.aggregate_id = ? AND e.event_type = 'referral.attended' AND s.channel = 'skipped'",
                secondAttended.getId().toString()) == 1);
        assertThat(Mailbox.of(team.linkWorker()).messages()).as("two acceptances and one attendance; not the second attendance")
                .extracting(Received::subject).filteredOn(s -> s.startsWith("Someone you referred went to")).hasSize(1);
        assertThat(attended.getStatus()).isEqualTo(OnwardStatus.ATTENDED);
    }

    private OnwardReferral transition(OnwardReferral referral, OnwardStatus to, String purpose) {
        return referrals.transitionOnwardReferral(referral.getId(), new OnwardTransitionRequest(to, referral.getVersion()), purpose);
    }

    private void act(String username) {
        Bearer.use(users.signIn(username).getAccessToken());
    }
}
