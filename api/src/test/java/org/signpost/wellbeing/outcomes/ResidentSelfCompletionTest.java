package org.signpost.wellbeing.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.wellbeing.outcomes.OutcomeFixtures.DIRECT_CARE;
import static org.signpost.wellbeing.outcomes.OutcomeFixtures.OWN;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.MyOutcomesApi;
import org.signpost.contract.client.OutcomesApi;
import org.signpost.contract.model.InvitationAnswers;
import org.signpost.contract.model.MeasureItem;
import org.signpost.contract.model.OutcomeInvitation;
import org.signpost.contract.model.OutcomeInvitationRequest;
import org.signpost.contract.model.OutcomeRecord;
import org.signpost.contract.model.OutcomeRecordCompletedBy;
import org.signpost.contract.model.OutcomeTimepoint;
import org.signpost.contract.model.PendingOutcomeInvitation;
import org.signpost.testing.Bearer;
import org.signpost.testing.ProblemBodies;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestDatabase;

/** A link worker invites a resident to answer ONS4 in the app; the resident (and no one else) answers it once. */
@MicronautTest(transactional = false)
class ResidentSelfCompletionTest {

    @Inject
    OutcomeFixtures fixtures;

    @Inject
    OutcomesApi outcomes;

    @Inject
    MyOutcomesApi mine;

    @Inject
    TestDatabase database;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void theInvitedResidentAnswersOnceAndNobodyElseCan() {
        OutcomeFixtures.Case jo = fixtures.accepted(0);
        Team team = jo.team();
        jo = fixtures.selfReferred(team, "Jo");
        OutcomeFixtures.Case kit = fixtures.selfReferred(team, "Kit");

        OutcomeInvitation invitation = outcomes.inviteOutcome(jo.episodeId(), new OutcomeInvitationRequest("ons4",
                OutcomeTimepoint.BASELINE), DIRECT_CARE).body();
        assertThat(invitation.getInvitedBy()).isEqualTo(team.linkWorker());
        assertThat(invitation.getExpiresAt().toInstant()).isBetween(invitation.getInvitedAt().toInstant().plusSeconds(14 * 86_400 - 5),
                invitation.getInvitedAt().toInstant().plusSeconds(14 * 86_400 + 5));

        // Kit sees nothing of Jo's and cannot answer it
        fixtures.act(fixtures.accountOf(kit));
        assertThat(mine.listMyOutcomeInvitations(OWN).getInvitations()).isEmpty();
        OutcomeFixtures.expectNotFound(() -> mine.answerOutcomeInvitation(invitation.getId(), answers(5), OWN));
        // staff cannot use the resident's endpoint
        fixtures.act(team.linkWorker());
        expectProblem(HttpStatus.FORBIDDEN, () -> mine.answerOutcomeInvitation(invitation.getId(), answers(5), DIRECT_CARE));

        // Jo sees the questionnaire and answers it
        fixtures.act(fixtures.accountOf(jo));
        PendingOutcomeInvitation pending = mine.listMyOutcomeInvitations(OWN).getInvitations().get(0);
        assertThat(pending.getId()).isEqualTo(invitation.getId());
        assertThat(pending.getTimepoint()).isEqualTo(OutcomeTimepoint.BASELINE);
        assertThat(pending.getMeasure().getItems()).extracting(MeasureItem::getId)
                .containsExactly("life_satisfaction", "worthwhile", "happy_yesterday", "anxious_yesterday");
        assertThat(pending.getMeasure().getItems()).allSatisfy(item -> {
            assertThat(item.getText()).isNotBlank();
            assertThat(item.getMin()).isZero();
            assertThat(item.getMax()).isEqualTo(10);
        });
        var bad = expectProblem(HttpStatus.BAD_REQUEST, () -> mine.answerOutcomeInvitation(invitation.getId(),
                new InvitationAnswers(Map.of("life_satisfaction", BigDecimal.ONE)), OWN));
        assertThat(bad.getErrors()).extracting(e -> e.getField()).contains("answers.worthwhile");
        OutcomeRecord answered = mine.answerOutcomeInvitation(invitation.getId(), answers(6), OWN).body();
        assertThat(answered.getCompletedBy()).isEqualTo(OutcomeRecordCompletedBy.RESIDENT);
        assertThat(answered.getRecordedBy()).isEqualTo(fixtures.accountOf(jo));
        assertThat(answered.getCompletedOn()).isEqualTo(LocalDate.now());
        assertThat(answered.getTimepoint()).isEqualTo(OutcomeTimepoint.BASELINE);

        Map<String, Object> again = ProblemBodies.expect(HttpStatus.CONFLICT, () -> mine.answerOutcomeInvitation(invitation.getId(),
                answers(7), OWN));
        assertThat(again.get("completed_record")).isEqualTo(answered.getId().toString());
        assertThat(mine.listMyOutcomeInvitations(OWN).getInvitations()).isEmpty();
        assertThat(fixtures.records(jo.episodeId())).isEqualTo(1);

        // the link worker sees it among the episode's outcomes
        fixtures.act(team.linkWorker());
        assertThat(outcomes.listEpisodeOutcomes(jo.episodeId(), DIRECT_CARE, 1, 10).getItems()).singleElement()
                .satisfies(r -> assertThat(r.getCompletedBy()).isEqualTo(OutcomeRecordCompletedBy.RESIDENT));
    }

    @Test
    void anExpiredInvitationCannotBeAnsweredAndAResidentWithoutAnAccountCannotBeInvited() {
        OutcomeFixtures.Case mary = fixtures.accepted(5);
        expectProblem(HttpStatus.CONFLICT, () -> outcomes.inviteOutcome(mary.episodeId(), new OutcomeInvitationRequest("ons4",
                OutcomeTimepoint.BASELINE), DIRECT_CARE));
        var unknown = expectProblem(HttpStatus.BAD_REQUEST, () -> outcomes.inviteOutcome(mary.episodeId(),
                new OutcomeInvitationRequest("wemwbs", OutcomeTimepoint.FOLLOW_UP), DIRECT_CARE));
        assertThat(unknown.getErrors()).extracting(e -> e.getField()).containsExactlyInAnyOrder("measure_id", "follow_up_weeks");

        OutcomeFixtures.Case jo = fixtures.selfReferred(mary.team(), "Jo");
        OutcomeInvitation invitation = outcomes.inviteOutcome(jo.episodeId(), new OutcomeInvitationRequest("ucla3",
                OutcomeTimepoint.FOLLOW_UP).followUpWeeks(6), DIRECT_CARE).body();
        database.update("UPDATE outcome_invitation SET expires_at = ? WHERE id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), invitation.getId());
        fixtures.act(fixtures.accountOf(jo));
        assertThat(mine.listMyOutcomeInvitations(OWN).getInvitations()).isEmpty();
        Map<String, Object> expired = ProblemBodies.expect(HttpStatus.CONFLICT, () -> mine.answerOutcomeInvitation(invitation.getId(),
                new InvitationAnswers(Map.of("lack_companionship", BigDecimal.ONE, "left_out", BigDecimal.ONE,
                        "isolated", BigDecimal.ONE)), OWN));
        assertThat(expired).containsKey("expires_at");
        OutcomeFixtures.expectNotFound(() -> mine.answerOutcomeInvitation(UUID.randomUUID(), answers(1), OWN));
        assertThat(fixtures.records(jo.episodeId())).isZero();
    }

    private static InvitationAnswers answers(int each) {
        BigDecimal v = BigDecimal.valueOf(each);
        return new InvitationAnswers(Map.of("life_satisfaction", v, "worthwhile", v, "happy_yesterday", v, "anxious_yesterday", v));
    }
}
