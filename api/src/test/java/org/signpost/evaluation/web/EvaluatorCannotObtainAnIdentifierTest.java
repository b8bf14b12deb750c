package org.signpost.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.evaluation.web.EvaluationScenario.Person;
import org.signpost.security.model.Role;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestUsers;
import org.yaml.snakeyaml.Yaml;

/**
 * The RBAC matrix for EVALUATOR: every operation of the contract, called as an evaluator with
 * plausible parameters (the known resident's, episode's and scheme's ids in the path, every
 * required query parameter filled, a purpose of use stated), against a database holding a
 * resident with a known name, date of birth, NHS number, postcode, phone and email. Whatever
 * the status, no response body carries any of them, nor the resident's or episode's id (beyond
 * echoing the path the caller sent, as a problem's {@code instance}).
 */
@MicronautTest(transactional = false)
class EvaluatorCannotObtainAnIdentifierTest {

    @Inject
    EvaluationScenario scenario;

    @Inject
    TestUsers users;

    @Inject
    @Client("signpost")
    HttpClient http;

    @Test
    @SuppressWarnings("unchecked")
    void noOperationGivesAnEvaluatorAnIdentifier() throws Exception {
        SocialPrescribing.Team team = scenario.team();
        String given = "Zephyrine" + UUID.randomUUID().toString().substring(0, 6);
        String nhs = nhsNumber(new Random());
        Person known = scenario.person(team, given, "C87777", true, nhs);
        scenario.measure(team, known, 3, 1);
        scenario.people(team, 5, "C87777", true, 3, 2);
        String phone = known.resident().getContact().getPhone();
        List<String> identifiers = List.of(given, nhs, nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6),
                "1961-07-19", "S61 2QT", "S612QT", phone, phone.replace(" ", ""), given.toLowerCase() + "@example.net",
                known.resident().getId().toString(), known.episode().getId().toString());
        Map<String, String> pathValues = Map.of("resident_id", known.resident().getId().toString(), "episode_id",
                known.episode().getId().toString(), "scheme_id", team.schemeId().toString(), "measure_id", "ucla3");
        String token = users.signIn(users.create(Role.EVALUATOR)).getAccessToken();

        Map<String, Object> spec;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/openapi/signpost.yaml")) {
            spec = new Yaml().load(in);
        }
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        Map<String, Object> sharedParameters = (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("parameters");
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> leaks = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
                    continue;
                }
                if (path.getKey().startsWith("/logout")) {
                    continue; // signing out would end this walk's own sign-in (and answers nothing but 204)
                }
                Map<String, Object> op = (Map<String, Object>) operation.getValue();
                StringBuilder uri = new StringBuilder(path.getKey().replaceAll("\\{([^}]+)}", "{$1}"));
                String concrete = uri.toString();
                for (var value : pathValues.entrySet()) {
                    concrete = concrete.replace("{" + value.getKey() + "}", value.getValue());
                }
                concrete = concrete.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                String pathOnly = concrete;
                List<String> query = new ArrayList<>();
                for (Object p : (List<Object>) op.getOrDefault("parameters", List.of())) {
                    Map<String, Object> parameter = (Map<String, Object>) p;
                    if (parameter.containsKey("$ref")) {
                        String name = parameter.get("$ref").toString().substring("#/components/parameters/".length());
                        parameter = (Map<String, Object>) sharedParameters.get(name);
                    }
                    if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                        query.add(parameter.get("name") + "=" + plausible(spec, parameter, pathValues));
                    }
                }
                if (!query.isEmpty()) {
                    concrete += "?" + String.join("&", query);
                }
                String key = operation.getKey().toUpperCase() + " " + path.getKey();
                MutableHttpRequest<?> request = HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(operation.getKey().toUpperCase()),
                        concrete).bearerAuth(token).header("X-Purpose-Of-Use", "DIRECT_CARE").header("If-Match", "\"1\"");
                if (!operation.getKey().equals("get") && !operation.getKey().equals("delete")) {
                    ((MutableHttpRequest<Object>) request).body("{}").contentType(MediaType.APPLICATION_JSON_TYPE);
                }
                int status;
                String body;
                try {
                    HttpResponse<String> response = http.toBlocking().exchange(request, String.class);
                    status = response.code();
                    body = response.getBody().orElse("");
                } catch (HttpClientResponseException e) {
                    status = e.code();
                    body = e.getResponse().getBody(String.class).orElse("");
                }
                statuses.put(key, status);
                // a problem's "instance" echoes the path the caller sent: an id they already had is not a leak
                String checked = body.replace(pathOnly, "");
                for (String identifier : identifiers) {
                    if (checked.contains(identifier)) {
                        leaks.add(key + " (" + status + ") gave " + identifier);
                    }
                }
            }
        }
        assertThat(statuses).as("every operation was called").hasSizeGreaterThan(80);
        assertThat(leaks).as("identifiers given to an evaluator").isEmpty();
        assertThat(statuses.get("GET /residents/{resident_id}")).isIn(403, 404);
        assertThat(statuses.get("GET /evaluation/exports/outcomes")).as("the evaluator's own export works").isEqualTo(200);
        assertThat(statuses.get("GET /evaluation/change-summaries")).isEqualTo(200);
    }

    @SuppressWarnings("unchecked")
    private static String plausible(Map<String, Object> spec, Map<String, Object> parameter, Map<String, String> pathValues) {
        String name = parameter.get("name").toString();
        if (pathValues.containsKey(name)) {
            return pathValues.get(name);
        }
        Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
        if (schema.containsKey("$ref")) {
            String ref = schema.get("$ref").toString().substring("#/components/schemas/".length());
            schema = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas")).get(ref);
        }
        if (schema.containsKey("enum")) {
            return String.valueOf(((List<Object>) schema.get("enum")).get(0));
        }
        if ("date".equals(schema.get("format"))) {
            return LocalDate.now().toString();
        }
        if ("uuid".equals(schema.get("format"))) {
            return UUID.randomUUID().toString();
        }
        if ("integer".equals(schema.get("type")) || "number".equals(schema.get("type"))) {
            return "1";
        }
        return "x";
    }

    /** A random NHS number with a valid modulus 11 check digit. */
    static String nhsNumber(Random random) {
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                digits[i] = random.nextInt(10);
                sum += digits[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            StringBuilder out = new StringBuilder();
            for (int d : digits) {
                out.append(d);
            }
            return out.append(check == 11 ? 0 : check).toString();
        }
    }
}
