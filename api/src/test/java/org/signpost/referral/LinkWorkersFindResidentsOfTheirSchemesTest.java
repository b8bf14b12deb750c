package org.signpost.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;
import static org.signpost.testing.SocialPrescribing.REFERRAL_MANAGEMENT;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.CaseloadApi;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeStatus;
import org.signpost.contract.model.NewEpisode;
import org.signpost.contract.model.ReferralSource;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.ResidentEpisodeSummary;
import org.signpost.contract.model.ResidentMatch;
import org.signpost.contract.model.Urgency;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Group;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/**
 * GET /caseload/residents: a link worker finds a resident of their schemes by name (the start of each word), date of birth,
 * or id, with the resident's episodes; never a resident of another scheme; a group is refused; no criterion is a 400 naming
 * the field; every match is an audited read.
 */
@MicronautTest(transactional = false)
class LinkWorkersFindResidentsOfTheirSchemesTest {

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @Inject
    EpisodesApi episodes;

    @Inject
    CaseloadApi caseload;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aLinkWorkerFindsTheirSchemesResidentsByNameDateOfBirthOrIdWithTheirEpisodes() {
        String family = "Findable" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        Team team = sp.team();
        Team elsewhere = sp.team();
        act(elsewhere.linkWorker());
        sp.resident("Olive", family, List.of());
        act(team.linkWorker());
        Resident olive = sp.resident("Olive", family, List.of());
        sp.resident("Oscar", family, List.of());
        Episode episode = episodes.createEpisode(new NewEpisode(olive.getId(), ReferralSource.GP_PRACTICE, "Lonely",
                List.of("sp-loneliness"), Urgency.ROUTINE, true), DIRECT_CARE).body();

        List<ResidentMatch> byName = caseload.findResidents("oli " + family.substring(0, 6).toLowerCase(), null, null, null, DIRECT_CARE)
                .getItems();
        assertThat(byName).extracting(ResidentMatch::getId).containsExactly(olive.getId());
        assertThat(byName.get(0).getEpisodes()).extracting(ResidentEpisodeSummary::getId, ResidentEpisodeSummary::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(episode.getId(), EpisodeStatus.REFERRED));

        assertThat(caseload.findResidents(family, LocalDate.of(1950, 3, 14), null, null, DIRECT_CARE).getItems())
                .extracting(ResidentMatch::getGivenName).containsExactly("Olive", "Oscar");
        assertThat(caseload.findResidents(null, null, null, olive.getId(), DIRECT_CARE).getItems()).hasSize(1);
        assertThat(caseload.findResidents("%", null, null, null, DIRECT_CARE).getItems()).as("wildcards are literal").isEmpty();
        assertThat(sp.count("SELECT COUNT(*) FROM audit_log WHERE resident_id = ? AND action = 'read' AND outcome = 'allowed'",
                olive.getId().toString())).isGreaterThanOrEqualTo(3);

        expectProblem(HttpStatus.BAD_REQUEST, () -> caseload.findResidents(null, null, null, null, DIRECT_CARE));
        expectProblem(HttpStatus.BAD_REQUEST, () -> caseload.findResidents(family, null, null, null, null));

        Group group = sp.group("Finder Group", null);
        act(group.editor());
        expectProblem(HttpStatus.FORBIDDEN, () -> caseload.findResidents(family, null, null, null, REFERRAL_MANAGEMENT));
    }

    private void act(String username) {
        Bearer.use(users.signIn(username).getAccessToken());
    }
}
