package org.signpost.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.Resident;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.ProblemBodies;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/** Requests that arrive together: the same user created twice over, conversations recorded at once. */
@MicronautTest(transactional = false)
class SimultaneousRequestsTest {

    @Inject
    @Client("signpost")
    HttpClient raw;

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void eightAdminsCreatingTheSameUserAtOnceMakeOneAndAreToldItExists() throws Exception {
        String admin = users.signIn(users.create(Role.ADMIN)).getAccessToken();
        String username = "twice-" + UUID.randomUUID() + "@test.signpost";
        String body = "{\"username\":\"" + username + "\",\"password\":\"long enough password\",\"roles\":[\"LINK_WORKER\"]}";

        List<Object> outcomes = together(8, () -> {
            Bearer.use(admin);
            return raw.toBlocking().exchange(HttpRequest.POST("/admin/users", body).contentType(MediaType.APPLICATION_JSON), Map.class)
                    .getStatus();
        });

        assertThat(outcomes).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
        List<Object> refused = outcomes.stream().filter(HttpClientResponseException.class::isInstance).toList();
        assertThat(refused).hasSize(7);
        for (Object e : refused) {
            Map<String, Object> problem = ProblemBodies.body((HttpClientResponseException) e, HttpStatus.CONFLICT);
            assertThat(String.valueOf(problem.get("detail"))).contains("already exists");
        }
        assertThat(sp.count("SELECT COUNT(*) FROM user_account WHERE username = ?", username)).isEqualTo(1);
    }

    @Test
    void sixteenConversationsRecordedOnOneEpisodeAtOnceAreAllKept() throws Exception {
        Team team = sp.team();
        String linkWorker = users.signIn(team.linkWorker()).getAccessToken();
        Bearer.use(linkWorker);
        Resident resident = sp.resident("Cora", "Together", List.of());
        Episode episode = sp.acceptedEpisode(resident);
        String body = "{\"held_on\":\"" + LocalDate.now() + "\",\"what_matters\":\"Seeing people again\"}";

        List<Object> outcomes = together(16, () -> {
            Bearer.use(linkWorker);
            return raw.toBlocking().exchange(HttpRequest.POST("/episodes/" + episode.getId() + "/conversations", body)
                    .contentType(MediaType.APPLICATION_JSON).header("X-Purpose-Of-Use", DIRECT_CARE), Map.class).getStatus();
        });

        assertThat(outcomes).as("every conversation recorded").allMatch(HttpStatus.CREATED::equals);
        assertThat(sp.count("SELECT COUNT(*) FROM conversation_note WHERE episode_id = ?", episode.getId().toString())).isEqualTo(16);
    }

    /** Runs n copies of the call at once; each result is the call's value or the exception it threw. */
    private static List<Object> together(int n, Callable<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    return call.call();
                } catch (HttpClientResponseException e) {
                    return e;
                } finally {
                    Bearer.clear();
                }
            }));
        }
        start.countDown();
        List<Object> out = new ArrayList<>();
        for (Future<Object> f : futures) {
            out.add(f.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        return out;
    }
}
