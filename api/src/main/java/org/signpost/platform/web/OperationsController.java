package org.signpost.platform.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import javax.sql.DataSource;
import org.signpost.contract.model.ComponentHealth;
import org.signpost.contract.model.Health;
import org.signpost.contract.model.HealthStatus;
import org.signpost.contract.server.OperationsApi;

/**
 * Health (UP only when MySQL and Elasticsearch both answer; anonymous, for load balancers) and
 * Prometheus metrics (ADMIN only: per-URI timings, exception names and pool state help an attacker).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class OperationsController implements OperationsApi {

    private final DataSource dataSource;
    private final ElasticsearchClient elasticsearch;
    private final PrometheusMeterRegistry prometheus;

    OperationsController(DataSource dataSource, ElasticsearchClient elasticsearch, PrometheusMeterRegistry prometheus) {
        // the raw pool, not the transaction-aware proxy: a health probe runs outside any transaction
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.elasticsearch = elasticsearch;
        this.prometheus = prometheus;
    }

    @Override
    public HttpResponse<Health> health() {
        Map<String, ComponentHealth> components = new LinkedHashMap<>();
        components.put("mysql", mysql());
        components.put("elasticsearch", elasticsearch());
        boolean up = components.values().stream().allMatch(c -> c.getStatus() == HealthStatus.UP);
        Health health = new Health(up ? HealthStatus.UP : HealthStatus.DOWN, components);
        return HttpResponse.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .header("Cache-Control", "no-store")
                .body(health);
    }

    @Override
    @Secured("ADMIN")
    public String metrics() {
        return prometheus.scrape();
    }

    private ComponentHealth mysql() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? up() : down("connection not valid");
        } catch (Exception e) {
            return down(e.getClass().getSimpleName());
        }
    }

    private ComponentHealth elasticsearch() {
        try {
            var status = elasticsearch.cluster().health(h -> h.timeout(t -> t.time("2s"))).status();
            return status == co.elastic.clients.elasticsearch._types.HealthStatus.Red ? down("cluster status red") : up();
        } catch (Exception e) {
            return down(e.getClass().getSimpleName());
        }
    }

    private static ComponentHealth up() {
        return new ComponentHealth(HealthStatus.UP);
    }

    private static ComponentHealth down(String detail) {
        return new ComponentHealth(HealthStatus.DOWN).detail(detail);
    }
}
