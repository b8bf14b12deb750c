package org.signpost.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.OperationsApi;
import org.signpost.contract.model.Health;
import org.signpost.contract.model.HealthStatus;

@MicronautTest(transactional = false)
class HealthAndMetricsTest {

    @Inject
    OperationsApi operations;

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
    void metricsAreExposedInThePrometheusFormat() {
        operations.health();

        String metrics = operations.metrics();

        assertThat(metrics).contains("jvm_memory_used_bytes").contains("http_server_requests_seconds");
    }
}
