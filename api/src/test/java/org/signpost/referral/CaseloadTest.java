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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.CaseloadApi;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.client.OnwardReferralsApi;
import org.signpost.contract.model.AssignmentRequest;
import org.signpost.contract.model.Caseload;
import org.signpost.contract.model.CaseloadEpisode;
import org.signpost.contract.model.ContactAttemptOutcome;
import org.signpost.contract.model.ContactAttemptRequest;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeTransitionRequest;
import org.signpost.contract.model.EpisodeTransitionRequestTo;
import org.signpost.contract.model.FieldError;
import org.signpost.contract.model.NewEpisode;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.ReferralSource;
import org.signpost.contract.model.Reminder;
import org.signpost.contract.model.ReminderKind;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.Urgency;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Group;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/**
 * A link worker's caseload: counts by status, contacts that are overdue, referrals nobody answered
 * and residents nobody could reach in three tries. Time passing is written to the stored rows.
 */
@MicronautTest(transactional = false)
class CaseloadTest {

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @Inject
    EpisodesApi episodes;

    @Inject
    OnwardReferralsApi referrals;

    @Inject
    CaseloadApi caseloads;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void theCaseloadCountsAndSurfacesOverdueContactsUnansweredReferralsAndThreeFailedTries() {
        Team team = sp.team();
        Group slow = sp.group("Slow To Answer", null);
        Group hard = sp.group("Hard To Reach", null);
        act(team.linkWorker());
        Resident rose = sp.resident("Rose", "Caseload", List.of(SocialPrescribing.shareWith(slow.organisationId()),
                SocialPrescribing.shareWith(hard.organisationId())));
        Resident sam = sp.resident("Sam", "Caseload", List.of());
        Episode roses = take(team, accept(refer(rose, Urgency.URGENT)));
        Episode sams = take(team, refer(sam, Urgency.ROUTINE));
        assertThat(roses.getNextContactDue()).isEqualTo(LocalDate.now().plusDays(2));

        OnwardReferral unanswered = sp.sentReferral(roses, slow.serviceId());
        OnwardReferral unreachable = sp.sentReferral(roses, hard.serviceId());
        sp.sentDaysAgo(unanswered.getId(), 6);
        act(hard.editor());
        for (ContactAttemptOutcome outcome : List.of(ContactAttemptOutcome.NO_ANSWER, ContactAttemptOutcome.REACHED,
                ContactAttemptOutcome.NO_ANSWER, ContactAttemptOutcome.LEFT_MESSAGE, ContactAttemptOutcome.WRONG_NUMBER)) {
            referrals.recordContactAttempt(unreachable.getId(), new ContactAttemptRequest(outcome), REFERRAL_MANAGEMENT);
        }
        act(team.linkWorker());
        Caseload before = caseloads.getCaseload(null, DIRECT_CARE);
        assertThat(before.getOverdueContacts()).isEmpty();
        sp.nextContactDaysAgo(roses.getId(), 1);

        Caseload caseload = caseloads.getCaseload(null, DIRECT_CARE);
        assertThat(caseload.getLinkWorker()).isEqualTo(team.linkWorker());
        assertThat(caseload.getEpisodesByStatus()).containsEntry("referred", 1L).containsEntry("accepted", 1L);
        assertThat(caseload.getReferralsByStatus()).containsEntry("sent", 2L);
        assertThat(caseload.getOpenEpisodes()).extracting(CaseloadEpisode::getResidentName)
                .containsExactlyInAnyOrder("Rose Caseload", "Sam Caseload");
        assertThat(caseload.getOverdueContacts()).extracting(CaseloadEpisode::getEpisodeId).containsExactly(roses.getId());
        assertThat(caseload.getReminders()).extracting(Reminder::getKind, Reminder::getReferralId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ReminderKind.UNANSWERED_REFERRAL, unanswered.getId()),
                org.assertj.core.groups.Tuple.tuple(ReminderKind.CONTACT_ATTEMPTS_EXHAUSTED, unreachable.getId()));
        assertThat(sams.getStatus().getValue()).isEqualTo("referred");

        // a coordinator of the scheme sees it; another link worker, or a coordinator elsewhere, does not
        act(team.coordinator());
        assertThat(caseloads.getCaseload(team.linkWorker(), DIRECT_CARE).getOpenEpisodes()).hasSize(2);
        act(sp.linkWorkerOf(team));
        expectProblem(HttpStatus.FORBIDDEN, () -> caseloads.getCaseload(team.linkWorker(), DIRECT_CARE));
        act(sp.team().coordinator());
        expectProblem(HttpStatus.FORBIDDEN, () -> caseloads.getCaseload(team.linkWorker(), DIRECT_CARE));
    }

    @Test
    void aCoordinatorAssignsAnyLinkWorkerOfTheSchemeAndALinkWorkerOnlyTakesWorkThemselves() {
        Team team = sp.team();
        String colleague = sp.linkWorkerOf(team);
        act(team.linkWorker());
        Episode episode = refer(sp.resident("Tom", "Assign", List.of()), Urgency.ROUTINE);

        expectProblem(HttpStatus.FORBIDDEN, () -> episodes.assignEpisode(episode.getId(), new AssignmentRequest(colleague,
                episode.getVersion()), DIRECT_CARE));
        Episode mine = episodes.assignEpisode(episode.getId(), new AssignmentRequest(team.linkWorker(), episode.getVersion()), DIRECT_CARE);
        assertThat(mine.getAssignedTo()).isEqualTo(team.linkWorker());

        act(team.coordinator());
        Problem notStaff = expectProblem(HttpStatus.BAD_REQUEST, () -> episodes.assignEpisode(episode.getId(),
                new AssignmentRequest(team.coordinator(), mine.getVersion()), DIRECT_CARE));
        assertThat(notStaff.getErrors()).extracting(FieldError::getField).containsExactly("link_worker");
        expectProblem(HttpStatus.CONFLICT, () -> episodes.assignEpisode(episode.getId(), new AssignmentRequest(colleague,
                episode.getVersion()), DIRECT_CARE));
        Episode theirs = episodes.assignEpisode(episode.getId(), new AssignmentRequest(colleague, mine.getVersion()), DIRECT_CARE);
        assertThat(theirs.getAssignedTo()).isEqualTo(colleague);
    }

    private Episode refer(Resident resident, Urgency urgency) {
        return episodes.createEpisode(new NewEpisode(resident.getId(), ReferralSource.GP_PRACTICE, "Isolated",
                List.of("sp-loneliness"), urgency, true), DIRECT_CARE).body();
    }

    private Episode accept(Episode episode) {
        return episodes.transitionEpisode(episode.getId(), new EpisodeTransitionRequest(EpisodeTransitionRequestTo.ACCEPTED,
                episode.getVersion()), DIRECT_CARE);
    }

    private Episode take(Team team, Episode episode) {
        return episodes.assignEpisode(episode.getId(), new AssignmentRequest(team.linkWorker(), episode.getVersion()), DIRECT_CARE);
    }

    private void act(String username) {
        Bearer.use(users.signIn(username).getAccessToken());
    }
}
