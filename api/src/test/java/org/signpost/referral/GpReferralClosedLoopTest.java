package org.signpost.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;
import static org.signpost.testing.SocialPrescribing.REFERRAL_MANAGEMENT;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.AuditApi;
import org.signpost.contract.client.CodedEventsApi;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.client.OnwardReferralsApi;
import org.signpost.contract.model.AssignmentRequest;
import org.signpost.contract.model.AuditEntry;
import org.signpost.contract.model.AuditEntryOutcome;
import org.signpost.contract.model.CodedEvent;
import org.signpost.contract.model.CompletionOutcome;
import org.signpost.contract.model.ConsentKind;
import org.signpost.contract.model.ConversationRequest;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeStatus;
import org.signpost.contract.model.EpisodeTransitionRequest;
import org.signpost.contract.model.EpisodeTransitionRequestTo;
import org.signpost.contract.model.Goal;
import org.signpost.contract.model.NewEpisode;
import org.signpost.contract.model.NewOnwardReferral;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.OnwardStatus;
import org.signpost.contract.model.OnwardTransitionRequest;
import org.signpost.contract.model.Plan;
import org.signpost.contract.model.PlanRequest;
import org.signpost.contract.model.PurposeOfUse;
import org.signpost.contract.model.ReferralSource;
import org.signpost.contract.model.Referrer;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.Urgency;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Group;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/**
 * The story of the issue, end to end through the API: a GP practice refers a resident in; the
 * scheme accepts (coded for the GP), assigns a link worker, who writes a plan and refers on to a
 * community group; the group (and only that group) sees what the resident agreed to share,
 * accepts (a place is taken), marks attendance and completes (the place is freed).
 */
@MicronautTest(transactional = false)
class GpReferralClosedLoopTest {

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @Inject
    EpisodesApi episodes;

    @Inject
    OnwardReferralsApi referrals;

    @Inject
    CodedEventsApi codedEvents;

    @Inject
    AuditApi audit;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aGpReferralIsAcceptedCodedAssignedPlannedAndClosedLoopWithTheGroup() {
        Team team = sp.team();
        Group walkers = sp.group("Rother Valley Walkers", 3);
        Group other = sp.group("Another Group", null);
        act(team.coordinator());
        Resident mary = sp.resident("Mary", "Walker", List.of(SocialPrescribing.shareWith(walkers.organisationId()),
                SocialPrescribing.consent(ConsentKind.PSEUDONYMISED_EVALUATION)));

        // the GP practice's referral arrives
        Episode referred = episodes.createEpisode(new NewEpisode(mary.getId(), ReferralSource.GP_PRACTICE,
                "Lonely since her husband died; would like to get out more", List.of("sp-loneliness", "sp-physical-activity"),
                Urgency.ROUTINE, true).referrer(new Referrer().name("Dr A Example").organisation("Example Surgery").odsCode("C87001")),
                DIRECT_CARE).body();
        assertThat(referred.getStatus()).isEqualTo(EpisodeStatus.REFERRED);
        assertThat(referred.getPracticeOdsCode()).isEqualTo("C87001");
        assertThat(referred.getNeeds()).extracting(n -> n.getCode()).containsExactly("sp-loneliness", "sp-physical-activity");

        // accepted and coded; assigned to the link worker
        Episode accepted = episodes.transitionEpisode(referred.getId(),
                new EpisodeTransitionRequest(EpisodeTransitionRequestTo.ACCEPTED, referred.getVersion()), DIRECT_CARE);
        assertThat(accepted.getStatus()).isEqualTo(EpisodeStatus.ACCEPTED);
        assertThat(accepted.getCodedEvents()).extracting(CodedEvent::getCode).containsExactly("871731000000106");
        assertThat(accepted.getNextContactDue()).isEqualTo(LocalDate.now().plusDays(7));
        Episode assigned = episodes.assignEpisode(referred.getId(), new AssignmentRequest(team.linkWorker(), accepted.getVersion()),
                DIRECT_CARE);
        assertThat(assigned.getAssignedTo()).isEqualTo(team.linkWorker());

        // the link worker talks with Mary and writes her plan
        act(team.linkWorker());
        episodes.recordConversation(referred.getId(), new ConversationRequest(LocalDate.now(),
                "Seeing people again; feeling fitter").notes("Used to walk with her husband"), DIRECT_CARE);
        LocalDate review = LocalDate.now().plusWeeks(6);
        Plan plan = episodes.writePlan(referred.getId(), new PlanRequest(List.of(new Goal("Join a walking group").targetDate(
                LocalDate.now().plusWeeks(2))), List.of(review), 0L), DIRECT_CARE);
        assertThat(plan.getVersion()).isEqualTo(1L);
        assertThat(plan.getUpdatedBy()).isEqualTo(team.linkWorker());

        // refers her on to the walking group and sends it
        OnwardReferral draft = episodes.createOnwardReferral(referred.getId(), new NewOnwardReferral(walkers.serviceId(),
                "sp-physical-activity").sharedInformation("Walks slowly; bring her from the bus stop"), DIRECT_CARE).body();
        assertThat(draft.getStatus()).isEqualTo(OnwardStatus.DRAFT);
        assertThat(draft.getLegalTransitions()).containsExactly(OnwardStatus.SENT, OnwardStatus.CANCELLED);
        OnwardReferral sent = referrals.transitionOnwardReferral(draft.getId(),
                new OnwardTransitionRequest(OnwardStatus.SENT, draft.getVersion()), DIRECT_CARE);
        assertThat(sent.getStatus()).isEqualTo(OnwardStatus.SENT);

        // the receiving group sees the shared fields, and nothing that identifies the episode or record
        act(walkers.editor());
        OnwardReferral seen = referrals.getOnwardReferral(draft.getId(), REFERRAL_MANAGEMENT);
        assertThat(seen.getShared()).as("%s", seen).isNotNull();
        assertThat(seen.getShared().getName()).isEqualTo("Mary Walker");
        assertThat(seen.getShared().getContact()).isEqualTo("01632 960123");
        assertThat(seen.getShared().getContactPreference().getNotes()).isEqualTo("Afternoons");
        assertThat(seen.getShared().getSharedInformation()).isEqualTo("Walks slowly; bring her from the bus stop");
        assertThat(seen.getNeed().getCode()).isEqualTo("sp-physical-activity");
        assertThat(seen.getResidentId()).isNull();
        assertThat(seen.getEpisodeId()).isNull();
        assertThat(referrals.listGroupReferrals(null, REFERRAL_MANAGEMENT, 1, 50).getItems())
                .extracting(OnwardReferral::getId).containsExactly(draft.getId());

        // another group sees neither it nor its list entry
        act(other.editor());
        expectProblem(HttpStatus.FORBIDDEN, () -> referrals.getOnwardReferral(draft.getId(), REFERRAL_MANAGEMENT));
        assertThat(referrals.listGroupReferrals(null, REFERRAL_MANAGEMENT, 1, 50).getItems()).isEmpty();

        // the group accepts (a place is taken), marks attendance, completes (the place comes back)
        act(walkers.editor());
        OnwardReferral acceptedOnward = referrals.transitionOnwardReferral(draft.getId(),
                new OnwardTransitionRequest(OnwardStatus.ACCEPTED, seen.getVersion()), REFERRAL_MANAGEMENT);
        assertThat(acceptedOnward.getPlaceHeld()).isTrue();
        assertThat(sp.placesAvailable(walkers.serviceId())).isEqualTo(2);
        OnwardReferral attended = referrals.transitionOnwardReferral(draft.getId(),
                new OnwardTransitionRequest(OnwardStatus.ATTENDED, acceptedOnward.getVersion()), REFERRAL_MANAGEMENT);
        OnwardReferral completed = referrals.transitionOnwardReferral(draft.getId(),
                new OnwardTransitionRequest(OnwardStatus.COMPLETED, attended.getVersion()).outcome(CompletionOutcome.NEED_MET),
                REFERRAL_MANAGEMENT);
        assertThat(completed.getStatus()).isEqualTo(OnwardStatus.COMPLETED);
        assertThat(completed.getOutcome()).isEqualTo(CompletionOutcome.NEED_MET);
        assertThat(completed.getPlaceHeld()).isFalse();
        assertThat(completed.getLegalTransitions()).isEmpty();
        assertThat(sp.placesAvailable(walkers.serviceId())).isEqualTo(3);
        assertThat(completed.getHistory()).extracting(h -> h.getFrom() + ">" + h.getTo() + " by " + h.getActor()).containsExactly(
                "draft>sent by " + team.linkWorker(), "sent>accepted by " + walkers.editor(),
                "accepted>attended by " + walkers.editor(), "attended>completed by " + walkers.editor());

        // every transition wrote its event for notifications and GP messages
        assertThat(sp.events(draft.getId())).extracting(e -> e.get("event_type")).containsExactly("referral.drafted",
                "referral.sent", "referral.accepted", "referral.attended", "referral.completed");
        assertThat(sp.events(referred.getId())).extracting(e -> e.get("event_type"))
                .containsExactly("episode.referred", "episode.accepted", "episode.assigned");
        assertThat(sp.events(draft.getId())).allSatisfy(e -> assertThat(e.get("payload")).doesNotContain("Mary", "01632 960123"));

        // the referral code reaches the GP export, with the NHS number slot and the practice
        act(team.coordinator());
        CodedEvent exported = awaitCodedEvent(referred.getId());
        assertThat(exported.getCode()).isEqualTo("871731000000106");
        assertThat(exported.getDisplay()).isEqualTo("Referral to social prescribing service");
        assertThat(exported.getPracticeOdsCode()).isEqualTo("C87001");

        // the episode shows it all to the link worker
        act(team.linkWorker());
        Episode full = episodes.getEpisode(referred.getId(), DIRECT_CARE);
        assertThat(full.getConversations()).hasSize(1);
        assertThat(full.getPlan().getReviewDates()).containsExactly(review);
        assertThat(full.getNextContactDue()).as("the plan's first review").isEqualTo(review);
        assertThat(full.getReferrals()).extracting(OnwardReferral::getStatus).containsExactly(OnwardStatus.COMPLETED);

        // and every read of Mary's data is in the audit log with its purpose
        users.actAs(Role.ADMIN);
        List<AuditEntry> entries = audit.listAuditLog(mary.getId(), 1, 100).getItems();
        assertThat(entries).allSatisfy(e -> assertThat(e.getPurpose()).isNotNull());
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getActorUsername()).isEqualTo(walkers.editor());
            assertThat(e.getResourceType()).isEqualTo("onward_referral");
            assertThat(e.getPurpose()).isEqualTo(PurposeOfUse.REFERRAL_MANAGEMENT);
            assertThat(e.getFields()).contains("name", "contact");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getActorUsername()).isEqualTo(other.editor());
            assertThat(e.getOutcome()).isEqualTo(AuditEntryOutcome.DENIED);
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getActorUsername()).isEqualTo(team.coordinator());
            assertThat(e.getResourceType()).isEqualTo("coded_event");
            assertThat(e.getFields()).contains("nhs_number");
        });
    }

    private CodedEvent awaitCodedEvent(UUID episode) {
        long[] cursor = {0};
        return await("the coded event of " + episode + " reaching the export").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200)).pollInSameThread() // the bearer token is this thread's
                .until(() -> {
                    var page = codedEvents.listCodedEvents(cursor[0], 500, DIRECT_CARE);
                    cursor[0] = page.getNextCursor();
                    return page.getEvents().stream().filter(e -> e.getEpisodeId().equals(episode)).findFirst();
                }, java.util.Optional::isPresent).orElseThrow();
    }

    private void act(String username) {
        Bearer.use(users.signIn(username).getAccessToken());
    }
}
