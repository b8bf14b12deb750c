package org.signpost.wellbeing.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.wellbeing.outcomes.OutcomeFixtures.DIRECT_CARE;
import static org.signpost.wellbeing.outcomes.OutcomeFixtures.ucla3;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.signpost.contract.client.OutcomesApi;
import org.signpost.contract.model.OutcomeCorrection;
import org.signpost.contract.model.OutcomeRecord;
import org.signpost.contract.model.OutcomeTimepoint;
import org.signpost.testing.Bearer;
import org.signpost.testing.ProblemBodies;
import org.signpost.testing.TestDatabase;

/** Twenty link workers correct the same record at once: exactly one correction wins, the others are told which record is current. */
@MicronautTest(transactional = false)
class ConcurrentCorrectionsTest {

    @Inject
    OutcomeFixtures fixtures;

    @Inject
    OutcomesApi outcomes;

    @Inject
    TestDatabase database;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void exactlyOneOfTwentyConcurrentCorrectionsWins() throws Exception {
        OutcomeFixtures.Case mary = fixtures.accepted(20);
        OutcomeRecord original = fixtures.record(mary, "ucla3", OutcomeTimepoint.BASELINE, null, LocalDate.now(), ucla3(1, 2, 2));
        String token = Bearer.current();
        int racers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            int answer = 1 + i % 3;
            results.add(pool.submit(() -> {
                Bearer.use(token);
                start.await();
                try {
                    return outcomes.correctOutcome(original.getId(), new OutcomeCorrection("race " + answer).answers(Map.of(
                            "lack_companionship", BigDecimal.valueOf(answer), "left_out", BigDecimal.ONE, "isolated", BigDecimal.ONE)),
                            DIRECT_CARE).body();
                } catch (HttpClientResponseException e) {
                    return e;
                } finally {
                    Bearer.clear();
                }
            }));
        }
        start.countDown();
        List<OutcomeRecord> won = new ArrayList<>();
        List<Map<String, Object>> lost = new ArrayList<>();
        for (Future<Object> result : results) {
            Object outcome = result.get(120, TimeUnit.SECONDS);
            if (outcome instanceof OutcomeRecord record) {
                won.add(record);
            } else {
                lost.add(ProblemBodies.body((HttpClientResponseException) outcome, HttpStatus.CONFLICT));
            }
        }
        pool.shutdown();

        assertThat(won).hasSize(1);
        assertThat(lost).hasSize(racers - 1)
                .allSatisfy(problem -> assertThat(problem.get("current_record_id")).isEqualTo(won.get(0).getId().toString()));
        assertThat(database.count("SELECT COUNT(*) FROM outcome_record WHERE supersedes = ?", original.getId())).isEqualTo(1);
        assertThat(fixtures.records(mary.episodeId())).isEqualTo(2);
        assertThat(fixtures.scores(mary.episodeId())).as("no orphan scores from the losers").isEqualTo(2);
    }
}
