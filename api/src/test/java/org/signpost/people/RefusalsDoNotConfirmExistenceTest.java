package org.signpost.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.CaseloadApi;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.client.OnwardReferralsApi;
import org.signpost.contract.client.OutcomesApi;
import org.signpost.contract.model.ContactAttemptOutcome;
import org.signpost.contract.model.ContactAttemptRequest;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeTransitionRequest;
import org.signpost.contract.model.EpisodeTransitionRequestTo;
import org.signpost.contract.model.NewEpisode;
import org.signpost.contract.model.NewOnwardReferral;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.OutcomeCorrection;
import org.signpost.contract.model.OutcomeRecord;
import org.signpost.contract.model.OutcomeRequest;
import org.signpost.contract.model.OutcomeTimepoint;
import org.signpost.contract.model.ReferralSource;
import org.signpost.contract.model.Urgency;
import org.signpost.contract.client.ResidentsApi;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.Resident;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/**
 * Someone who may not see a record cannot learn whether it exists: "there is no such record" and
 * "it is not yours" are the same answer (403, the same problem body).
 */
@MicronautTest(transactional = false)
class RefusalsDoNotConfirmExistenceTest {

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @Inject
    ResidentsApi residents;

    @Inject
    CaseloadApi caseloads;

    @Inject
    EpisodesApi episodes;

    @Inject
    OutcomesApi outcomes;

    @Inject
    OnwardReferralsApi referrals;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aResidentOfAnotherSchemeAndNoResidentAtAllAreTheSameRefusal() {
        Team team = sp.team();
        Team elsewhere = sp.team();
        act(team.linkWorker());
        Resident resident = sp.resident("Nell", "Hidden", List.of());

        act(elsewhere.linkWorker());
        Problem notYours = expectProblem(HttpStatus.FORBIDDEN, () -> residents.getResident(resident.getId(), DIRECT_CARE));
        Problem nobody = expectProblem(HttpStatus.FORBIDDEN, () -> residents.getResident(UUID.randomUUID(), DIRECT_CARE));
        assertSameAnswer(notYours, nobody);
    }

    @Test
    void anEpisodeOfAnotherSchemeAndNoEpisodeAtAllAreTheSameRefusalAndSoAreTheirOutcomes() {
        Team team = sp.team();
        Team elsewhere = sp.team();
        act(team.linkWorker());
        Resident resident = sp.resident("Enid", "Hidden", List.of());
        Episode episode = episodes.createEpisode(new NewEpisode(resident.getId(), ReferralSource.GP_PRACTICE, "Isolated",
                List.of("sp-loneliness"), Urgency.ROUTINE, true), DIRECT_CARE).body();

        act(elsewhere.linkWorker());
        UUID nothing = UUID.randomUUID();
        assertSameAnswer(expectProblem(HttpStatus.FORBIDDEN, () -> episodes.getEpisode(episode.getId(), DIRECT_CARE)),
                expectProblem(HttpStatus.FORBIDDEN, () -> episodes.getEpisode(nothing, DIRECT_CARE)));
        assertSameAnswer(expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.listEpisodeOutcomes(episode.getId(), DIRECT_CARE, 1, 20)),
                expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.listEpisodeOutcomes(nothing, DIRECT_CARE, 1, 20)));
        assertSameAnswer(expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.getResidentOutcomeChanges(resident.getId(), DIRECT_CARE)),
                expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.getResidentOutcomeChanges(nothing, DIRECT_CARE)));
    }

    @Test
    void aReferralOrAnOutcomeRecordOfAnotherSchemeAndNoneAtAllAreTheSameRefusal() {
        Team team = sp.team();
        Team elsewhere = sp.team();
        SocialPrescribing.Group group = sp.group("Hidden Walkers", null);
        act(team.linkWorker());
        Resident resident = sp.resident("Rita", "Hidden", List.of(SocialPrescribing.shareWith(group.organisationId())));
        Episode referred = episodes.createEpisode(new NewEpisode(resident.getId(), ReferralSource.GP_PRACTICE, "Isolated",
                List.of("sp-loneliness"), Urgency.ROUTINE, true), DIRECT_CARE).body();
        Episode episode = episodes.transitionEpisode(referred.getId(), new EpisodeTransitionRequest(EpisodeTransitionRequestTo.ACCEPTED,
                referred.getVersion()), DIRECT_CARE);
        OnwardReferral referral = episodes.createOnwardReferral(episode.getId(), new NewOnwardReferral(group.serviceId(), "sp-loneliness"),
                DIRECT_CARE).body();
        OutcomeRecord record = outcomes.recordOutcome(episode.getId(), new OutcomeRequest("ucla3", OutcomeTimepoint.BASELINE,
                LocalDate.now(), Map.of("lack_companionship", BigDecimal.valueOf(2), "left_out", BigDecimal.valueOf(2), "isolated", BigDecimal.valueOf(2))),
                DIRECT_CARE).body();

        act(elsewhere.linkWorker());
        UUID nothing = UUID.randomUUID();
        assertSameAnswer(expectProblem(HttpStatus.FORBIDDEN, () -> referrals.getOnwardReferral(referral.getId(), DIRECT_CARE)),
                expectProblem(HttpStatus.FORBIDDEN, () -> referrals.getOnwardReferral(nothing, DIRECT_CARE)));
        ContactAttemptRequest attempt = new ContactAttemptRequest(ContactAttemptOutcome.NO_ANSWER);
        assertSameAnswer(expectProblem(HttpStatus.FORBIDDEN, () -> referrals.recordContactAttempt(referral.getId(), attempt, DIRECT_CARE)),
                expectProblem(HttpStatus.FORBIDDEN, () -> referrals.recordContactAttempt(nothing, attempt, DIRECT_CARE)));
        OutcomeCorrection correction = new OutcomeCorrection("Entered for the wrong person");
        assertSameAnswer(expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.correctOutcome(record.getId(), correction, DIRECT_CARE)),
                expectProblem(HttpStatus.FORBIDDEN, () -> outcomes.correctOutcome(nothing, correction, DIRECT_CARE)));
    }

    @Test
    void aLinkWorkerOfAnotherSchemeSomeoneWhoIsNoLinkWorkerAndNobodyAreTheSameRefusal() {
        Team team = sp.team();
        Team elsewhere = sp.team();

        act(team.coordinator());
        Problem notYours = expectProblem(HttpStatus.FORBIDDEN, () -> caseloads.getCaseload(elsewhere.linkWorker(), DIRECT_CARE));
        Problem notALinkWorker = expectProblem(HttpStatus.FORBIDDEN, () -> caseloads.getCaseload(elsewhere.coordinator(), DIRECT_CARE));
        Problem nobody = expectProblem(HttpStatus.FORBIDDEN, () -> caseloads.getCaseload("nobody-" + UUID.randomUUID() + "@test.signpost",
                DIRECT_CARE));
        assertSameAnswer(notYours, nobody);
        assertSameAnswer(notALinkWorker, nobody);
        assertThat(nobody.getDetail()).doesNotContain(elsewhere.linkWorker());
    }

    private static void assertSameAnswer(Problem a, Problem b) {
        assertThat(a.getStatus()).isEqualTo(b.getStatus());
        assertThat(a.getType()).isEqualTo(b.getType());
        assertThat(a.getTitle()).isEqualTo(b.getTitle());
        assertThat(a.getDetail()).isEqualTo(b.getDetail());
        assertThat(a.getErrors()).isEqualTo(b.getErrors());
    }

    private void act(String username) {
        Bearer.use(users.signIn(username).getAccessToken());
    }
}
