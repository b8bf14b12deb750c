package org.signpost.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.notifications.application.MessageTemplates;
import org.signpost.notifications.model.Audience;
import org.signpost.notifications.model.ChannelChoice;
import org.signpost.notifications.model.ChannelChoice.Channel;
import org.signpost.notifications.model.Notice;
import org.signpost.notifications.model.WhoHearsWhat;
import org.signpost.platform.events.PlatformEvent;

/** The rules of who is told what and how, and that every message they name is a template held as data. */
@MicronautTest(transactional = false, startApplication = false)
class WhoHearsWhatTest {

    static final UUID REFERRAL = UUID.randomUUID();
    static final UUID SERVICE = UUID.randomUUID();
    static final UUID ORGANISATION = UUID.randomUUID();
    static final UUID LINK_WORKER = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    @Inject
    MessageTemplates templates;

    @Test
    void theGroupHearsOfNewAndCancelledReferralsAndTheReferrerOfTheAnswers() {
        assertThat(WhoHearsWhat.of(new PlatformEvent.ReferralSent(REFERRAL, UUID.randomUUID(), SERVICE, ORGANISATION, UUID.randomUUID(),
                LINK_WORKER, LINK_WORKER, NOW, false))).contains(new Notice("referral.new", new Audience.GroupEditors(ORGANISATION),
                "/console/referrals/" + REFERRAL, SERVICE, null));
        assertThat(WhoHearsWhat.of(new PlatformEvent.ReferralDeclined(REFERRAL, UUID.randomUUID(), SERVICE, ORGANISATION, UUID.randomUUID(),
                LINK_WORKER, UUID.randomUUID(), NOW, "no_capacity"))).contains(new Notice("referral.declined", new Audience.User(LINK_WORKER),
                "/console/referrals/" + REFERRAL, SERVICE, "no_capacity"));
        assertThat(WhoHearsWhat.of(new PlatformEvent.ReferralUnanswered(REFERRAL, UUID.randomUUID(), SERVICE, ORGANISATION,
                UUID.randomUUID(), LINK_WORKER, NOW, Duration.ofDays(5)))).map(Notice::audience).contains(new Audience.User(LINK_WORKER));
        assertThat(WhoHearsWhat.of(new PlatformEvent.ListingHiddenForStaleness(SERVICE, ORGANISATION, LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 1, 1)))).map(Notice::linkPath).contains("/console/listings/" + SERVICE);
        assertThat(WhoHearsWhat.of(new PlatformEvent.ListingClaimRequested(UUID.randomUUID(), SERVICE, ORGANISATION, UUID.randomUUID(),
                NOW))).map(Notice::audience).contains(new Audience.Coordinators());
        assertThat(WhoHearsWhat.of(new PlatformEvent.OrganisationSignupRequested(UUID.randomUUID(), ORGANISATION, UUID.randomUUID(), NOW)))
                .map(Notice::linkPath).contains("/console/approvals");
    }

    @Test
    void draftsAndContactAttemptsTellNobody() {
        assertThat(WhoHearsWhat.of(new PlatformEvent.ReferralDrafted(REFERRAL, UUID.randomUUID(), SERVICE, ORGANISATION, UUID.randomUUID(),
                LINK_WORKER))).isEmpty();
        assertThat(WhoHearsWhat.of(new PlatformEvent.ReferralContactAttempted(REFERRAL, ORGANISATION, UUID.randomUUID(), "no_answer",
                NOW))).isEmpty();
        assertThat(WhoHearsWhat.of(new PlatformEvent.SelfReferralReceived(UUID.randomUUID(), UUID.randomUUID(), null, NOW)))
                .as("a resident without an app account has nowhere to be told").isEmpty();
    }

    @Test
    void everyMessageARoleCanBeSentIsATemplateInEnglishAndWelsh() {
        List<String> all = WhoHearsWhat.topicsFor(List.of("LINK_WORKER", "GROUP_EDITOR", "COORDINATOR", "RESIDENT"));
        assertThat(all).hasSize(13);
        for (String key : all) {
            assertThat(templates.find(key)).as(key).hasValueSatisfying(t -> assertThat(t.wordings()).containsKeys("en", "cy"));
        }
    }

    @Test
    void essentialMessagesAlwaysGoAndOthersFollowThePersonsChoice() {
        // preferred, essential, optedOut, hasEmail, hasPhone, smsAvailable, templateHasSms
        assertThat(ChannelChoice.decide(Channel.NONE, true, false, true, false, false, true).channel()).isEqualTo(Channel.EMAIL);
        assertThat(ChannelChoice.decide(Channel.NONE, false, false, true, false, false, true).channel()).isEqualTo(Channel.NONE);
        assertThat(ChannelChoice.decide(Channel.EMAIL, false, true, true, false, false, true).channel()).isEqualTo(Channel.NONE);
        assertThat(ChannelChoice.decide(Channel.EMAIL, true, true, true, false, false, true).channel())
                .as("an opt-out of an essential message has no effect").isEqualTo(Channel.EMAIL);
        assertThat(ChannelChoice.decide(Channel.SMS, false, false, true, true, true, true).channel()).isEqualTo(Channel.SMS);
        assertThat(ChannelChoice.decide(Channel.SMS, false, false, true, true, false, true).channel())
                .as("no SMS service (smtp): email instead").isEqualTo(Channel.EMAIL);
        assertThat(ChannelChoice.decide(Channel.SMS, false, false, true, false, true, true).channel())
                .as("no number held").isEqualTo(Channel.EMAIL);
        assertThat(ChannelChoice.decide(Channel.EMAIL, true, false, false, false, true, true).channel())
                .as("no address at all").isEqualTo(Channel.NONE);
    }
}
