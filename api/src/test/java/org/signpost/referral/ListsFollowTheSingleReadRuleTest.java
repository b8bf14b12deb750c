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
import org.signpost.contract.client.AuditApi;
import org.signpost.contract.client.CaseloadApi;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.client.OnwardReferralsApi;
import org.signpost.contract.client.ResidentsApi;
import org.signpost.contract.model.AssignmentRequest;
import org.signpost.contract.model.AuditEntry;
import org.signpost.contract.model.AuditEntryOutcome;
import org.signpost.contract.model.Caseload;
import org.signpost.contract.model.CaseloadEpisode;
import org.signpost.contract.model.ContactDetails;
import org.signpost.contract.model.ContactMethod;
import org.signpost.contract.model.ContactPreference;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeTransitionRequest;
import org.signpost.contract.model.EpisodeTransitionRequestTo;
import org.signpost.contract.model.NewEpisode;
import org.signpost.contract.model.NewOnwardReferral;
import org.signpost.contract.model.NewResident;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.OnwardReferralPage;
import org.signpost.contract.model.OnwardStatus;
import org.signpost.contract.model.ReferralSource;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.Urgency;
import org.signpost.people.application.Schemes;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Group;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/**
 * A list shows exactly the records its single read would show the same caller: a coordinator's
 * view of a link worker's caseload holds only episodes of the coordinator's own schemes (the rest
 * answer 403 one by one), and a group's list of referrals never holds a draft it could not open.
 */
@MicronautTest(transactional = false)
class ListsFollowTheSingleReadRuleTest {

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @Inject
    Schemes schemes;

    @Inject
    ResidentsApi residents;

    @Inject
    EpisodesApi episodes;

    @Inject
    OnwardReferralsApi referrals;

    @Inject
    CaseloadApi caseloads;

    @Inject
    AuditApi audit;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aCoordinatorSeesOnlyTheEpisodesOfTheirOwnSchemesOnASharedLinkWorkersCaseload() {
        Team here = sp.team();
        UUID elsewhere = schemes.create("Neighbouring PCN " + UUID.randomUUID(), "U54321").id();
        schemes.addMember(elsewhere, here.linkWorker());
        act(here.linkWorker());
        Episode ours = take(here.linkWorker(), refer(resident("Olive", "Ours", here.schemeId())));
        Resident theirResident = resident("Theo", "Theirs", elsewhere);
        Episode theirs = take(here.linkWorker(), refer(theirResident));

        act(here.linkWorker());
        assertThat(caseloads.getCaseload(null, DIRECT_CARE).getOpenEpisodes()).extracting(CaseloadEpisode::getEpisodeId)
                .as("the link worker works in both schemes").containsExactlyInAnyOrder(ours.getId(), theirs.getId());

        act(here.coordinator());
        expectProblem(HttpStatus.FORBIDDEN, () -> episodes.getEpisode(theirs.getId(), DIRECT_CARE));
        Caseload seen = caseloads.getCaseload(here.linkWorker(), DIRECT_CARE);
        assertThat(seen.getOpenEpisodes()).extracting(CaseloadEpisode::getEpisodeId).containsExactly(ours.getId());
        assertThat(seen.getOpenEpisodes()).extracting(CaseloadEpisode::getResidentName).doesNotContain("Theo Theirs");
        assertThat(seen.getEpisodesByStatus().values().stream().mapToLong(Long::longValue).sum())
                .as("counts cover the coordinator's schemes only").isEqualTo(1L);

        users.actAs(Role.ADMIN);
        List<AuditEntry> log = audit.listAuditLog(theirResident.getId(), 1, 100).getItems();
        assertThat(log).as("no read of the other scheme's episode is logged as allowed for the coordinator")
                .noneMatch(e -> e.getActorUsername().equals(here.coordinator()) && e.getOutcome() == AuditEntryOutcome.ALLOWED);
    }

    @Test
    void aGroupNeverListsADraftItCouldNotOpen() {
        Team team = sp.team();
        Group group = sp.group("Draft Watchers", null);
        act(team.linkWorker());
        Resident resident = sp.resident("Dora", "Draft", List.of(SocialPrescribing.shareWith(group.organisationId())));
        Episode referred = refer(resident);
        Episode episode = episodes.transitionEpisode(referred.getId(), new EpisodeTransitionRequest(EpisodeTransitionRequestTo.ACCEPTED,
                referred.getVersion()), DIRECT_CARE);
        OnwardReferral draft = episodes.createOnwardReferral(episode.getId(), new NewOnwardReferral(group.serviceId(), "sp-loneliness"),
                DIRECT_CARE).body();
        assertThat(draft.getStatus()).isEqualTo(OnwardStatus.DRAFT);

        act(group.editor());
        expectProblem(HttpStatus.FORBIDDEN, () -> referrals.getOnwardReferral(draft.getId(), REFERRAL_MANAGEMENT));
        OnwardReferralPage drafts = referrals.listGroupReferrals(OnwardStatus.DRAFT, REFERRAL_MANAGEMENT, 1, 20);
        assertThat(drafts.getItems()).extracting(OnwardReferral::getId).doesNotContain(draft.getId());
        assertThat(referrals.listGroupReferrals(null, REFERRAL_MANAGEMENT, 1, 20).getItems()).extracting(OnwardReferral::getId)
                .doesNotContain(draft.getId());
    }

    private Resident resident(String given, String family, UUID scheme) {
        return residents.createResident(new NewResident(given, family, LocalDate.of(1957, 2, 3), "S60 1AA",
                new ContactPreference(ContactMethod.PHONE)).contact(new ContactDetails().phone("01632 960124")).gpPracticeOdsCode("C87001")
                .schemeId(scheme),
                DIRECT_CARE).body();
    }

    private Episode refer(Resident resident) {
        return episodes.createEpisode(new NewEpisode(resident.getId(), ReferralSource.GP_PRACTICE, "Isolated",
                List.of("sp-loneliness"), Urgency.ROUTINE, true), DIRECT_CARE).body();
    }

    private Episode take(String linkWorker, Episode episode) {
        return episodes.assignEpisode(episode.getId(), new AssignmentRequest(linkWorker, episode.getVersion()), DIRECT_CARE);
    }

    private void act(String username) {
        Bearer.use(users.signIn(username).getAccessToken());
    }
}
