package org.signpost.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every path and method the contract describes is served by a controller of this application:
 * an operation added to the spec without an implementation fails here (an implementation without
 * the spec cannot compile). The check reads the spec the jar ships and the routes the router holds.
 */
@MicronautTest(transactional = false)
class ContractCoverageTest {

    @Inject
    io.micronaut.web.router.Router router;

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationInTheContractIsRouted() throws IOException {
        Map<String, Object> spec;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/openapi/signpost.yaml")) {
            assertThat(in).as("the contract ships in the mobile-contract jar").isNotNull();
            spec = new Yaml().load(in);
        }
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        List<String> unrouted = new ArrayList<>();
        TreeSet<String> checked = new TreeSet<>();
        for (var path : paths.entrySet()) {
            for (String method : path.getValue().keySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                String concrete = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
                boolean routed = !router.findAny(io.micronaut.http.HttpRequest.create(
                        io.micronaut.http.HttpMethod.valueOf(method.toUpperCase()), concrete)).isEmpty();
                checked.add(method.toUpperCase() + " " + path.getKey());
                if (!routed) {
                    unrouted.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(checked).isNotEmpty();
        assertThat(unrouted).as("operations in the contract with no controller").isEmpty();
    }
}
