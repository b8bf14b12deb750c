package org.signpost.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.model.ConsentKind;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeTransitionRequest;
import org.signpost.contract.model.EpisodeTransitionRequestTo;
import org.signpost.contract.model.NewEpisode;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.Urgency;
import org.signpost.people.model.Sex;
import org.signpost.referral.application.EpisodeReader;
import org.signpost.referral.model.EpisodeFacts;
import org.signpost.referral.model.EpisodeStatus;
import org.signpost.referral.model.ReferralSource;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/** What outcome measures and evaluation exports get from the episode reader. */
@MicronautTest(transactional = false)
class EpisodeReaderTest {

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @Inject
    EpisodesApi episodes;

    @Inject
    EpisodeReader reader;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void anEpisodeCarriesWhatEvaluationSplitsBy() {
        Team team = sp.team();
        Bearer.use(users.signIn(team.linkWorker()).getAccessToken());
        Resident resident = sp.resident("Vera", "Reader", List.of(SocialPrescribing.consent(ConsentKind.PSEUDONYMISED_EVALUATION)));
        Resident unconsented = sp.resident("Wyn", "Reader", List.of());
        Episode episode = episodes.createEpisode(new NewEpisode(resident.getId(), org.signpost.contract.model.ReferralSource.GP_PRACTICE,
                "Lonely", List.of("sp-loneliness", "sp-money"), Urgency.ROUTINE, true), DIRECT_CARE).body();
        episodes.transitionEpisode(episode.getId(), new EpisodeTransitionRequest(EpisodeTransitionRequestTo.ACCEPTED,
                episode.getVersion()), DIRECT_CARE);
        Episode other = episodes.createEpisode(new NewEpisode(unconsented.getId(), org.signpost.contract.model.ReferralSource.COUNCIL,
                "Debt", List.of("sp-money"), Urgency.URGENT, true), DIRECT_CARE).body();

        EpisodeFacts facts = reader.find(episode.getId()).orElseThrow();
        assertThat(facts.residentId()).isEqualTo(resident.getId());
        assertThat(facts.source()).isEqualTo(ReferralSource.GP_PRACTICE);
        assertThat(facts.needs()).containsExactly("sp-loneliness", "sp-money");
        assertThat(facts.practiceOdsCode()).isEqualTo("C87001");
        assertThat(facts.status()).isEqualTo(EpisodeStatus.ACCEPTED);
        assertThat(facts.startedOn()).isEqualTo(LocalDate.now());
        assertThat(facts.endedOn()).isNull();
        assertThat(facts.daysInService(LocalDate.now().plusDays(10))).contains(10L);
        assertThat(facts.subject().dateOfBirth()).isEqualTo(LocalDate.of(1950, 3, 14));
        assertThat(facts.subject().sex()).isEqualTo(Sex.FEMALE);
        assertThat(facts.subject().postcode()).isEqualTo("S60 1AA");
        assertThat(facts.subject().consentedToEvaluation()).isTrue();

        EpisodeFacts notAccepted = reader.ofResident(unconsented.getId()).get(0);
        assertThat(notAccepted.episodeId()).isEqualTo(other.getId());
        assertThat(notAccepted.daysInService(LocalDate.now())).isEmpty();
        assertThat(notAccepted.subject().consentedToEvaluation()).isFalse();

        List<UUID> seen = new ArrayList<>();
        UUID cursor = null;
        List<EpisodeFacts> page;
        do {
            page = reader.receivedBetween(LocalDate.now(), LocalDate.now(), 2, cursor);
            page.forEach(f -> seen.add(f.episodeId()));
            cursor = page.isEmpty() ? null : page.get(page.size() - 1).episodeId();
        } while (page.size() == 2);
        assertThat(seen).contains(episode.getId(), other.getId()).doesNotHaveDuplicates();
    }
}
