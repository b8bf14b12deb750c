package org.signpost.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.OperationsApi;
import org.signpost.contract.model.Health;
import org.signpost.contract.model.HealthStatus;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestUsers;

@MicronautTest(transactional = false)
class HealthAndMetricsTest {

    @Inject
    OperationsApi operations;

    @Inject
    TestUsers users;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void healthIsUpWhenMySqlAndElasticsearchAnswer() {
        HttpResponse<Health> response = operations.health();

        Health health = response.body();
        assertThat(health.getStatus()).isEqualTo(HealthStatus.UP);
        assertThat(health.getComponents()).containsOnlyKeys("mysql", "elasticsearch");
        assertThat(health.getComponents().values()).allSatisfy(c -> assertThat(c.getStatus()).isEqualTo(HealthStatus.UP));
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void anAdministratorReadsTheMetricsInThePrometheusFormat() {
        operations.health();
        users.actAs(Role.ADMIN);

        String metrics = operations.metrics();

        assertThat(metrics).contains("jvm_memory_used_bytes").contains("http_server_requests_seconds");
    }

    @Test
    void metricsAreNotForAnonymousCallersNorForOtherRoles() {
        operations.health();
        expectProblem(HttpStatus.UNAUTHORIZED, operations::metrics);
        for (Role role : new Role[] {Role.COORDINATOR, Role.EVALUATOR, Role.RESIDENT}) {
            users.actAs(role);
            expectProblem(HttpStatus.FORBIDDEN, operations::metrics);
        }
    }
}
