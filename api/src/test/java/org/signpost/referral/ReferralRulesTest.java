package org.signpost.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;
import static org.signpost.testing.SocialPrescribing.REFERRAL_MANAGEMENT;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.client.OnwardReferralsApi;
import org.signpost.contract.model.CodedEvent;
import org.signpost.contract.model.CompletionOutcome;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeDeclineReason;
import org.signpost.contract.model.EpisodeTransitionRequest;
import org.signpost.contract.model.EpisodeTransitionRequestTo;
import org.signpost.contract.model.FieldError;
import org.signpost.contract.model.NewEpisode;
import org.signpost.contract.model.NewOnwardReferral;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.OnwardStatus;
import org.signpost.contract.model.OnwardTransitionRequest;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.ReferralSource;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.Urgency;
import org.signpost.testing.Bearer;
import org.signpost.testing.ProblemBodies;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Group;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/** What the lifecycles refuse, and how: the wrong party, an illegal step, a stale version, bad input. */
@MicronautTest(transactional = false)
class ReferralRulesTest {

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @Inject
    EpisodesApi episodes;

    @Inject
    OnwardReferralsApi referrals;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void onlyTheRightPartyMakesEachTransitionAndIllegalOrStaleOnesAre409WithTheLegalOnes() {
        Team team = sp.team();
        Group group = sp.group("Rules Group", null);
        OnwardReferral draft = draft(team, group);

        // a group never sees (nor moves) a draft
        act(group.editor());
        expectProblem(HttpStatus.FORBIDDEN, () -> referrals.getOnwardReferral(draft.getId(), REFERRAL_MANAGEMENT));
        act(team.linkWorker());
        Map<String, Object> early = ProblemBodies.expect(HttpStatus.FORBIDDEN, () -> move(draft, OnwardStatus.ACCEPTED, DIRECT_CARE));
        assertThat(early.get("detail").toString()).contains("Only the receiving group");
        OnwardReferral sent = move(draft, OnwardStatus.SENT, DIRECT_CARE);

        // sending twice is illegal: 409 with where it is and where it can go
        Map<String, Object> twice = ProblemBodies.expect(HttpStatus.CONFLICT, () -> move(sent, OnwardStatus.SENT, DIRECT_CARE));
        assertThat(twice.get("current_state")).isEqualTo("sent");
        assertThat(twice.get("legal_transitions")).isEqualTo(List.of("accepted", "declined", "cancelled"));
        // an old version is 409 too, naming the current one
        Map<String, Object> stale = ProblemBodies.expect(HttpStatus.CONFLICT, () -> move(draft, OnwardStatus.CANCELLED, DIRECT_CARE,
                "Wrong service"));
        assertThat(((Number) stale.get("current_version")).longValue()).isEqualTo(sent.getVersion());

        act(group.editor());
        expectProblem(HttpStatus.FORBIDDEN, () -> move(sent, OnwardStatus.CANCELLED, REFERRAL_MANAGEMENT, "Not us"));
        // both refused moves are audited (after the transaction that found them wrong, which wrote nothing)
        assertThat(sp.count("SELECT COUNT(*) FROM audit_log WHERE resource_type = 'onward_referral' AND resource_id = ?"
                + " AND action = 'transition' AND outcome = 'denied'", draft.getId().toString())).isEqualTo(2);
        assertThat(sp.count("SELECT COUNT(*) FROM onward_referral_transition WHERE referral_id = ?", draft.getId().toString()))
                .isEqualTo(1);
        Problem noReason = expectProblem(HttpStatus.BAD_REQUEST, () -> move(sent, OnwardStatus.DECLINED, REFERRAL_MANAGEMENT));
        assertThat(noReason.getErrors()).extracting(FieldError::getField).containsExactly("decline_reason");
        OnwardReferral accepted = move(sent, OnwardStatus.ACCEPTED, REFERRAL_MANAGEMENT);
        Problem noOutcome = expectProblem(HttpStatus.BAD_REQUEST, () -> move(accepted, OnwardStatus.COMPLETED, REFERRAL_MANAGEMENT));
        assertThat(noOutcome.getErrors()).extracting(FieldError::getField).containsExactly("outcome");
        Map<String, Object> skip = ProblemBodies.expect(HttpStatus.CONFLICT, () -> referrals.transitionOnwardReferral(accepted.getId(),
                new OnwardTransitionRequest(OnwardStatus.COMPLETED, accepted.getVersion()).outcome(CompletionOutcome.NEED_MET),
                REFERRAL_MANAGEMENT));
        assertThat(skip.get("legal_transitions")).isEqualTo(List.of("declined", "attended", "did_not_attend", "cancelled"));
        OnwardReferral missed = move(accepted, OnwardStatus.DID_NOT_ATTEND, REFERRAL_MANAGEMENT);
        OnwardReferral cameLater = move(missed, OnwardStatus.ATTENDED, REFERRAL_MANAGEMENT);
        assertThat(cameLater.getLegalTransitions()).containsExactly(OnwardStatus.COMPLETED, OnwardStatus.CANCELLED);

        act(team.linkWorker());
        Problem cancelWithoutReason = expectProblem(HttpStatus.BAD_REQUEST, () -> move(cameLater, OnwardStatus.CANCELLED, DIRECT_CARE));
        assertThat(cancelWithoutReason.getErrors()).extracting(FieldError::getField).containsExactly("reason");
        OnwardReferral cancelled = move(cameLater, OnwardStatus.CANCELLED, DIRECT_CARE, "Moved away");
        Map<String, Object> closed = ProblemBodies.expect(HttpStatus.CONFLICT, () -> move(cancelled, OnwardStatus.CANCELLED, DIRECT_CARE,
                "Again"));
        assertThat(closed.get("legal_transitions")).isEqualTo(List.of());
    }

    @Test
    void referringToAServiceThatCannotTakeReferralsIsRefusedNamingTheField() {
        Team team = sp.team();
        Group group = sp.group("Troubled Group", null);
        act(team.linkWorker());
        Resident resident = sp.resident("Pat", "Services", List.of(SocialPrescribing.shareWith(group.organisationId())));
        Episode episode = accepted(resident);

        assertServiceRefused(episode, UUID.randomUUID(), "No service");
        sp.setService(group.serviceId(), "verification", "draft");
        assertServiceRefused(episode, group.serviceId(), "not verified");
        sp.setService(group.serviceId(), "verification", "verified");
        sp.setService(group.serviceId(), "status", "defunct");
        assertServiceRefused(episode, group.serviceId(), "defunct");
        sp.setService(group.serviceId(), "status", "active");
        sp.setService(group.serviceId(), "deleted_at", Timestamp.from(Instant.now()));
        assertServiceRefused(episode, group.serviceId(), "deleted");
        sp.setService(group.serviceId(), "deleted_at", null);

        Problem need = expectProblem(HttpStatus.BAD_REQUEST, () -> episodes.createOnwardReferral(episode.getId(),
                new NewOnwardReferral(group.serviceId(), "sp-money"), DIRECT_CARE));
        assertThat(need.getErrors()).extracting(FieldError::getField).containsExactly("need");
        assertThat(sp.count("SELECT COUNT(*) FROM onward_referral WHERE episode_id = ?", episode.getId().toString())).isZero();

        // a service that goes defunct after the draft cannot be sent to
        OnwardReferral draft = episodes.createOnwardReferral(episode.getId(), new NewOnwardReferral(group.serviceId(), "sp-loneliness"),
                DIRECT_CARE).body();
        sp.setService(group.serviceId(), "status", "defunct");
        Map<String, Object> gone = ProblemBodies.expect(HttpStatus.CONFLICT, () -> move(draft, OnwardStatus.SENT, DIRECT_CARE));
        assertThat(gone.get("detail").toString()).contains("defunct");
        assertThat(gone.get("legal_transitions")).isEqualTo(List.of("sent", "cancelled"));
    }

    @Test
    void badEpisodesAreRefusedAndOnlyAResidentsOwnDeclineIsCodedAsSocialPrescribingDeclined() {
        Team team = sp.team();
        act(team.linkWorker());
        Resident resident = sp.resident("Quinn", "Episodes", List.of());
        Problem bad = expectProblem(HttpStatus.BAD_REQUEST, () -> episodes.createEpisode(new NewEpisode(resident.getId(),
                ReferralSource.GP_PRACTICE, "Reason", List.of("sp-loneliness", "sp-unknown-need"), Urgency.ROUTINE, false)
                .practiceOdsCode("nope"), DIRECT_CARE));
        assertThat(bad.getErrors()).extracting(FieldError::getField).containsExactlyInAnyOrder("needs[1]", "consented_to_referral",
                "practice_ods_code");
        assertThat(sp.count("SELECT COUNT(*) FROM episode WHERE resident_id = ?", resident.getId().toString())).isZero();
        Problem unknown = expectProblem(HttpStatus.BAD_REQUEST, () -> episodes.createEpisode(new NewEpisode(UUID.randomUUID(),
                ReferralSource.COUNCIL, "Reason", List.of("sp-loneliness"), Urgency.ROUTINE, true), DIRECT_CARE));
        assertThat(unknown.getErrors()).extracting(FieldError::getField).containsExactly("resident_id");

        Episode turnedAway = referred(resident);
        Episode notEligible = episodes.transitionEpisode(turnedAway.getId(), new EpisodeTransitionRequest(
                EpisodeTransitionRequestTo.DECLINED, turnedAway.getVersion()).declineReason(EpisodeDeclineReason.NOT_ELIGIBLE), DIRECT_CARE);
        assertThat(notEligible.getCodedEvents()).isEmpty();
        Map<String, Object> illegal = ProblemBodies.expect(HttpStatus.CONFLICT, () -> episodes.transitionEpisode(turnedAway.getId(),
                new EpisodeTransitionRequest(EpisodeTransitionRequestTo.ACCEPTED, notEligible.getVersion()), DIRECT_CARE));
        assertThat(illegal.get("current_state")).isEqualTo("declined");

        Episode offered = referred(resident);
        Episode declined = episodes.transitionEpisode(offered.getId(), new EpisodeTransitionRequest(EpisodeTransitionRequestTo.DECLINED,
                offered.getVersion()).declineReason(EpisodeDeclineReason.RESIDENT_DECLINED), DIRECT_CARE);
        assertThat(declined.getCodedEvents()).extracting(CodedEvent::getCode, CodedEvent::getDisplay)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("871711000000103", "Social prescribing declined"));
        assertThat(declined.getEndedAt()).isNotNull();

        Episode open = referred(resident);
        Team other = sp.team();
        act(other.coordinator());
        expectProblem(HttpStatus.FORBIDDEN, () -> episodes.getEpisode(declined.getId(), DIRECT_CARE));
        // staff of another scheme may neither move an episode nor refer the resident: refused, audited, nothing written
        expectProblem(HttpStatus.FORBIDDEN, () -> episodes.transitionEpisode(open.getId(), new EpisodeTransitionRequest(
                EpisodeTransitionRequestTo.ACCEPTED, open.getVersion()), DIRECT_CARE));
        expectProblem(HttpStatus.FORBIDDEN, () -> episodes.createEpisode(new NewEpisode(resident.getId(), ReferralSource.COUNCIL,
                "Reason", List.of("sp-loneliness"), Urgency.ROUTINE, true), DIRECT_CARE));
        assertThat(sp.count("SELECT COUNT(*) FROM audit_log WHERE resource_type = 'episode' AND resident_id = ? AND outcome = 'denied'"
                + " AND action IN ('transition', 'create') AND actor_username = ?", resident.getId().toString(), other.coordinator()))
                .isEqualTo(2);
        assertThat(sp.count("SELECT COUNT(*) FROM episode WHERE resident_id = ?", resident.getId().toString())).isEqualTo(3);
        assertThat(sp.count("SELECT COUNT(*) FROM episode WHERE id = ? AND status = 'referred' AND version = ?", open.getId().toString(),
                open.getVersion())).isEqualTo(1);
    }

    private void assertServiceRefused(Episode episode, UUID service, String why) {
        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> episodes.createOnwardReferral(episode.getId(),
                new NewOnwardReferral(service, "sp-loneliness"), DIRECT_CARE));
        assertThat(problem.getErrors()).extracting(FieldError::getField).containsExactly("service_id");
        assertThat(problem.getErrors().get(0).getDetail()).contains(why);
    }

    private OnwardReferral draft(Team team, Group group) {
        act(team.linkWorker());
        Resident resident = sp.resident("Ray", "Rules", List.of(SocialPrescribing.shareWith(group.organisationId())));
        return episodes.createOnwardReferral(accepted(resident).getId(), new NewOnwardReferral(group.serviceId(), "sp-loneliness"),
                DIRECT_CARE).body();
    }

    private Episode referred(Resident resident) {
        return episodes.createEpisode(new NewEpisode(resident.getId(), ReferralSource.GP_PRACTICE, "Lonely", List.of("sp-loneliness"),
                Urgency.ROUTINE, true), DIRECT_CARE).body();
    }

    private Episode accepted(Resident resident) {
        Episode episode = referred(resident);
        return episodes.transitionEpisode(episode.getId(), new EpisodeTransitionRequest(EpisodeTransitionRequestTo.ACCEPTED,
                episode.getVersion()), DIRECT_CARE);
    }

    private OnwardReferral move(OnwardReferral referral, OnwardStatus to, String purpose) {
        return referrals.transitionOnwardReferral(referral.getId(), new OnwardTransitionRequest(to, referral.getVersion()), purpose);
    }

    private OnwardReferral move(OnwardReferral referral, OnwardStatus to, String purpose, String reason) {
        return referrals.transitionOnwardReferral(referral.getId(), new OnwardTransitionRequest(to, referral.getVersion()).reason(reason),
                purpose);
    }

    private void act(String username) {
        Bearer.use(users.signIn(username).getAccessToken());
    }
}
