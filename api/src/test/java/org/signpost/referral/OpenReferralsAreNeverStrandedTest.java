package org.signpost.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;
import static org.signpost.testing.SocialPrescribing.REFERRAL_MANAGEMENT;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.client.OnwardReferralsApi;
import org.signpost.contract.client.ResidentsApi;
import org.signpost.contract.model.ConsentKind;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeTransitionRequest;
import org.signpost.contract.model.EpisodeTransitionRequestTo;
import org.signpost.contract.model.NewOnwardReferral;
import org.signpost.contract.model.OnwardDeclineReason;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.OnwardStatus;
import org.signpost.contract.model.OnwardTransitionRequest;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.ResidentConsent;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.contract.model.WithdrawalRequest;
import org.signpost.testing.Bearer;
import org.signpost.testing.ProblemBodies;
import org.signpost.testing.Problems;
import org.signpost.testing.SocialPrescribing.Group;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestDirectory;
import org.signpost.testing.TestUsers;

/**
 * Nobody referred is left hanging: a listing with people waiting on it is not deleted from under them, a
 * deleted listing takes no one in, an episode does not close on a referral still open, the same person is
 * not referred twice to the same place at once, and a group cannot take someone in after they withdrew
 * their consent to share.
 */
@MicronautTest(transactional = false)
class OpenReferralsAreNeverStrandedTest {

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @Inject
    EpisodesApi episodes;

    @Inject
    OnwardReferralsApi referrals;

    @Inject
    ResidentsApi residents;

    @Inject
    DirectoryServicesApi services;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aGroupCannotDeleteAListingWhilePeopleAreWaitingOnItAndIsToldWho() {
        Team team = sp.team();
        Group club = sp.group("Knit and Natter", 3);
        OnwardReferral accepted = accept(club, sent(team, club, "Ann"));
        OnwardReferral waiting = sent(team, club, "Betty");

        act(club.editor());
        ServiceDetail listing = services.getService(club.serviceId()).body();
        Map<String, Object> refused = ProblemBodies.expect(HttpStatus.CONFLICT,
                () -> services.deleteService(club.serviceId(), TestDirectory.etag(listing)));

        assertThat(refused.get("detail").toString()).contains("2 open referrals");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> open = (List<Map<String, Object>>) refused.get("open_referrals");
        assertThat(open).extracting(r -> r.get("id")).containsExactlyInAnyOrder(accepted.getId().toString(), waiting.getId().toString());
        assertThat(open).extracting(r -> r.get("status")).containsExactlyInAnyOrder("accepted", "sent");
        assertThat(services.getService(club.serviceId()).body().getDeletedAt()).as("still listed").isNull();

        // once the group has answered both people, the listing can go
        referrals.transitionOnwardReferral(waiting.getId(), new OnwardTransitionRequest(OnwardStatus.DECLINED, waiting.getVersion())
                .declineReason(OnwardDeclineReason.NO_CAPACITY), REFERRAL_MANAGEMENT);
        referrals.transitionOnwardReferral(accepted.getId(), new OnwardTransitionRequest(OnwardStatus.DECLINED, accepted.getVersion())
                .declineReason(OnwardDeclineReason.OTHER).reason("The group is closing"), REFERRAL_MANAGEMENT);
        ServiceDetail answered = services.getService(club.serviceId()).body();
        assertThat(services.deleteService(club.serviceId(), TestDirectory.etag(answered)).getStatus().getCode()).isEqualTo(204);
    }

    @Test
    void aListingDeletedWhileAReferralWasSentTakesNoOneIn() {
        Team team = sp.team();
        Group club = sp.group("Men's Shed", 2);
        OnwardReferral waiting = sent(team, club, "Carl");
        // withdrawn behind the referral's back (an import that dropped it, an administrator): the group still sees the referral
        sp.setService(club.serviceId(), "deleted_at", Timestamp.from(Instant.now()));

        act(club.editor());
        Map<String, Object> refused = ProblemBodies.expect(HttpStatus.CONFLICT, () -> referrals.transitionOnwardReferral(waiting.getId(),
                new OnwardTransitionRequest(OnwardStatus.ACCEPTED, waiting.getVersion()), REFERRAL_MANAGEMENT));

        assertThat(refused.get("detail").toString()).contains("deleted");
        assertThat(refused.get("current_state")).isEqualTo("sent");
        assertThat(refused.get("legal_transitions")).asList().containsExactly("declined");
        assertThat(sp.placesAvailable(club.serviceId())).isEqualTo(2);
    }

    @Test
    void anEpisodeDoesNotCloseWhileOneOfItsReferralsIsStillOpen() {
        Team team = sp.team();
        Group club = sp.group("Singing for the Brain", 1);
        OnwardReferral draft = drafted(team, club, "Dora");
        act(team.linkWorker());
        OnwardReferral sent = transition(draft, OnwardStatus.SENT, DIRECT_CARE);
        OnwardReferral accepted = accept(club, sent);
        act(team.linkWorker());
        Episode episode = episodes.getEpisode(draft.getEpisodeId(), DIRECT_CARE);

        Map<String, Object> refused = ProblemBodies.expect(HttpStatus.CONFLICT, () -> episodes.transitionEpisode(episode.getId(),
                new EpisodeTransitionRequest(EpisodeTransitionRequestTo.CLOSED, episode.getVersion()), DIRECT_CARE));

        assertThat(refused.get("detail").toString()).contains("1 open referral").contains("Singing for the Brain");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> open = (List<Map<String, Object>>) refused.get("open_referrals");
        assertThat(open).extracting(r -> r.get("id")).containsExactly(accepted.getId().toString());
        assertThat(open).extracting(r -> r.get("place_held")).containsExactly(true);
        assertThat(episodes.getEpisode(episode.getId(), DIRECT_CARE).getStatus().getValue()).isEqualTo("accepted");
        assertThat(sp.placesAvailable(club.serviceId())).isZero();

        // cancelling the referral gives the place back; then the episode closes
        transitionWithReason(accepted, OnwardStatus.CANCELLED, "Moved away");
        assertThat(sp.placesAvailable(club.serviceId())).isEqualTo(1);
        Episode closed = episodes.transitionEpisode(episode.getId(), new EpisodeTransitionRequest(EpisodeTransitionRequestTo.CLOSED,
                episode.getVersion()), DIRECT_CARE);
        assertThat(closed.getStatus().getValue()).isEqualTo("closed");
    }

    @Test
    void oneEpisodeHoldsOneOpenReferralToAServiceAtATime() {
        Team team = sp.team();
        Group club = sp.group("Chair Yoga", null);
        OnwardReferral first = drafted(team, club, "Edna");
        act(team.linkWorker());

        Map<String, Object> refused = ProblemBodies.expect(HttpStatus.CONFLICT, () -> episodes.createOnwardReferral(first.getEpisodeId(),
                new NewOnwardReferral(club.serviceId(), "sp-loneliness"), DIRECT_CARE));

        assertThat(refused.get("detail").toString()).contains("already").contains(first.getId().toString());
        assertThat(refused.get("open_referral_id")).isEqualTo(first.getId().toString());
        assertThat(sp.count("SELECT COUNT(*) FROM onward_referral WHERE episode_id = ?", first.getEpisodeId().toString())).isEqualTo(1);

        // a closed one does not count: after cancelling, the person can be referred there again
        transitionWithReason(first, OnwardStatus.CANCELLED, "Wrong day for her");
        OnwardReferral again = episodes.createOnwardReferral(first.getEpisodeId(), new NewOnwardReferral(club.serviceId(), "sp-loneliness"),
                DIRECT_CARE).body();
        assertThat(again.getStatus()).isEqualTo(OnwardStatus.DRAFT);
    }

    @Test
    void afterTheResidentWithdrawsConsentToShareTheGroupCannotAccept() {
        Team team = sp.team();
        Group club = sp.group("Lunch Club", 2);
        OnwardReferral waiting = sent(team, club, "Freda");
        act(team.linkWorker());
        ResidentConsent share = residents.getResident(waiting.getResidentId(), DIRECT_CARE).getConsents().stream()
                .filter(c -> c.getKind() == ConsentKind.SHARE_WITH_PROVIDER).findFirst().orElseThrow();
        residents.withdrawConsent(waiting.getResidentId(), share.getId(), new WithdrawalRequest().reason("Changed her mind"), DIRECT_CARE);

        act(club.editor());
        Problem refused = Problems.expectProblem(HttpStatus.FORBIDDEN, () -> referrals.transitionOnwardReferral(waiting.getId(),
                new OnwardTransitionRequest(OnwardStatus.ACCEPTED, waiting.getVersion()), REFERRAL_MANAGEMENT));

        assertThat(refused.getDetail()).contains("withdrew").contains("consent");
        assertThat(sp.count("SELECT COUNT(*) FROM onward_referral WHERE id = ? AND status = 'sent'", waiting.getId().toString()))
                .isEqualTo(1);
        assertThat(sp.placesAvailable(club.serviceId())).isEqualTo(2);
    }

    @Test
    void aReferralNeverGoesBackToDraftWhoeverAsks() {
        Team team = sp.team();
        Group club = sp.group("Bowls", null);
        OnwardReferral waiting = sent(team, club, "Gwen");

        for (String who : List.of(club.editor(), team.linkWorker())) {
            act(who);
            Problem refused = Problems.expectProblem(HttpStatus.BAD_REQUEST, () -> referrals.transitionOnwardReferral(waiting.getId(),
                    new OnwardTransitionRequest(OnwardStatus.DRAFT, waiting.getVersion()), REFERRAL_MANAGEMENT));
            assertThat(refused.getErrors()).extracting(e -> e.getField()).containsExactly("to");
            assertThat(refused.getDetail()).doesNotContain("Only the");
        }
    }

    private OnwardReferral accept(Group group, OnwardReferral referral) {
        act(group.editor());
        return transition(referral, OnwardStatus.ACCEPTED, REFERRAL_MANAGEMENT);
    }

    private OnwardReferral sent(Team team, Group group, String name) {
        OnwardReferral draft = drafted(team, group, name);
        act(team.linkWorker());
        return transition(draft, OnwardStatus.SENT, DIRECT_CARE);
    }

    private OnwardReferral drafted(Team team, Group group, String name) {
        act(team.linkWorker());
        return sp.draftReferral(group, name, "Waiting");
    }

    private void transitionWithReason(OnwardReferral referral, OnwardStatus to, String reason) {
        OnwardReferral current = referrals.getOnwardReferral(referral.getId(), DIRECT_CARE);
        referrals.transitionOnwardReferral(referral.getId(), new OnwardTransitionRequest(to, current.getVersion()).reason(reason),
                DIRECT_CARE);
    }

    private OnwardReferral transition(OnwardReferral referral, OnwardStatus to, String purpose) {
        return referrals.transitionOnwardReferral(referral.getId(), new OnwardTransitionRequest(to, referral.getVersion()), purpose);
    }

    private void act(String username) {
        Bearer.use(users.signIn(username).getAccessToken());
    }
}
