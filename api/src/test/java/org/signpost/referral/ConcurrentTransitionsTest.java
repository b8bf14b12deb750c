package org.signpost.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;
import static org.signpost.testing.SocialPrescribing.REFERRAL_MANAGEMENT;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.OnwardReferralsApi;
import org.signpost.contract.model.OnwardDeclineReason;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.OnwardStatus;
import org.signpost.contract.model.OnwardTransitionRequest;
import org.signpost.contract.model.Resident;
import org.signpost.testing.Bearer;
import org.signpost.testing.ProblemBodies;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Group;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/**
 * Fifty parties answer the same sent referral at once (the group accepting or declining, the link
 * worker cancelling), all from the version they saw: exactly one wins, every other gets 409
 * problem+json naming the state the winner left and what may follow it, and the history, the
 * outbox and the service's places show one transition.
 */
@MicronautTest(transactional = false)
class ConcurrentTransitionsTest {

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @Inject
    OnwardReferralsApi referrals;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void fiftyConflictingTransitionsLeaveExactlyOneWinnerAndALegalHistory() throws Exception {
        Team team = sp.team();
        Group group = sp.group("Busy Lunch Club", 10);
        String linkWorker = users.signIn(team.linkWorker()).getAccessToken();
        String editor = users.signIn(group.editor()).getAccessToken();
        Bearer.use(linkWorker);
        Resident resident = sp.resident("Ann", "Concurrent", List.of(SocialPrescribing.shareWith(group.organisationId())));
        OnwardReferral sent = sp.sentReferral(sp.acceptedEpisode(resident), group.serviceId());
        long version = sent.getVersion();

        int parties = 50;
        ExecutorService pool = Executors.newFixedThreadPool(parties);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (int i = 0; i < parties; i++) {
            int n = i;
            outcomes.add(pool.submit(() -> {
                OnwardTransitionRequest request = switch (n % 3) {
                    case 0 -> new OnwardTransitionRequest(OnwardStatus.ACCEPTED, version);
                    case 1 -> new OnwardTransitionRequest(OnwardStatus.DECLINED, version).declineReason(OnwardDeclineReason.NO_CAPACITY);
                    default -> new OnwardTransitionRequest(OnwardStatus.CANCELLED, version).reason("Found something nearer home");
                };
                boolean provider = n % 3 != 2;
                Bearer.use(provider ? editor : linkWorker);
                start.await();
                try {
                    return referrals.transitionOnwardReferral(sent.getId(), request, provider ? REFERRAL_MANAGEMENT : DIRECT_CARE);
                } catch (HttpClientResponseException e) {
                    return e;
                } finally {
                    Bearer.clear();
                }
            }));
        }
        start.countDown();
        List<OnwardReferral> winners = new ArrayList<>();
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            Object result = outcome.get(2, TimeUnit.MINUTES);
            if (result instanceof OnwardReferral won) {
                winners.add(won);
            } else {
                conflicts.add(ProblemBodies.body((HttpClientResponseException) result, HttpStatus.CONFLICT));
            }
        }
        pool.shutdown();

        assertThat(winners).hasSize(1);
        OnwardReferral winner = winners.get(0);
        assertThat(conflicts).hasSize(parties - 1).allSatisfy(problem -> {
            assertThat(problem.get("current_state")).isEqualTo(winner.getStatus().getValue());
            assertThat(((Number) problem.get("current_version")).longValue()).isEqualTo(winner.getVersion());
            assertThat(problem.get("legal_transitions")).isEqualTo(
                    winner.getLegalTransitions().stream().map(OnwardStatus::getValue).toList());
        });

        Bearer.use(linkWorker);
        OnwardReferral after = referrals.getOnwardReferral(sent.getId(), DIRECT_CARE);
        assertThat(after.getStatus()).isEqualTo(winner.getStatus());
        assertThat(after.getHistory()).extracting(h -> h.getFrom() + ">" + h.getTo())
                .containsExactly("draft>sent", "sent>" + winner.getStatus().getValue());
        assertThat(sp.events(sent.getId())).hasSize(3);
        int expectedPlaces = winner.getStatus() == OnwardStatus.ACCEPTED ? 9 : 10;
        assertThat(sp.placesAvailable(group.serviceId())).isEqualTo(expectedPlaces);
    }
}
