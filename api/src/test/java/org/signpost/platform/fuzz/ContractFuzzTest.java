package org.signpost.platform.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.Resident;
import org.signpost.platform.fuzz.ContractOperations.Operation;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Group;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/**
 * The guard rail: for every operation in the contract (read from the spec, so operations added
 * later are covered without touching this test), malformed variants of a plausible request are
 * sent as a role the operation admits and as anonymous. No answer may be a 5xx; every error must
 * be {@code application/problem+json} and must not name a Java class or a parser's internals; a
 * 400 names the field (or parameter, or header) at fault;
 * {@code Accept: application/json} is never refused with 406.
 * <p>
 * Deterministic: the same seed picks the same variants ({@code -Dsignpost.fuzz.seed=N} to try
 * another; {@code -Dsignpost.fuzz.per-operation=N} bounds the variants per operation, default 120).
 */
@MicronautTest(transactional = false)
class ContractFuzzTest {

    private static final Pattern INTERNALS = Pattern.compile(
            "(\\b(java|javax|jakarta|io\\.micronaut|com\\.fasterxml|org\\.signpost)\\.[a-z]+\\.)|Exception|Jackson|serde|Deserializ",
            Pattern.CASE_INSENSITIVE);
    /** A problem whose "errors" name a field, whatever the order of an entry's properties. */
    private static final Pattern NAMED_FIELD = Pattern.compile("\"errors\":\\[\\{[^{}]*\"field\":\"[^\"]+\"");

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void noMalformedRequestToAnyOperationIsAServerErrorOrAnythingButProblemJson() throws Exception {
        long seed = Long.getLong("signpost.fuzz.seed", 20261202L);
        int perOperation = Integer.getInteger("signpost.fuzz.per-operation", 120);
        Team team = sp.team();
        Group group = sp.group("Fuzzed Lunch Club", 5);
        Map<Role, String> tokens = tokens(team, group);
        Map<String, String> ids = ids(team, group, tokens.get(Role.LINK_WORKER));
        Mutations mutations = new Mutations(new SampleValues(ids), seed, perOperation);

        List<Operation> operations = ContractOperations.load();
        assertThat(operations).hasSizeGreaterThan(50);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation op : operations) {
            Role role = roleFor(op);
            for (Probe probe : mutations.of(op, Map.of("X-Purpose-Of-Use", purposeOf(role)))) {
                if (role != null) {
                    failures.addAll(check(op, probe, role.name(), tokens.get(role)));
                    sent++;
                }
                failures.addAll(check(op, probe, "anonymous", null));
                sent++;
            }
        }
        System.out.printf("Contract fuzz (seed %d): %d requests over %d operations, %d failures%n", seed, sent, operations.size(),
                failures.size());
        failures.forEach(System.out::println);
        assertThat(failures).as("malformed requests answered with a 5xx, a non-problem error, or internals").isEmpty();
    }

    private List<String> check(Operation op, Probe probe, String who, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + probe.uri()))
                .timeout(Duration.ofSeconds(60))
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        probe.headers().forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String where = op + " [" + probe.variant() + "] as " + who + " -> " + status;
        List<String> out = new ArrayList<>();
        if (status >= 500) {
            out.add(where + " " + abbreviate(response.body()));
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            out.add(where + " with Content-Type '" + type + "'");
        } else if (status >= 400 && INTERNALS.matcher(response.body()).find()) {
            out.add(where + " names internals: " + abbreviate(response.body()));
        } else if (status == 400 && !NAMED_FIELD.matcher(response.body()).find()) {
            out.add(where + " does not name the field at fault: " + abbreviate(response.body()));
        } else if (status == 406 && !op.textOnly() && probe.headers().getOrDefault("Accept", "").startsWith("application/json")) {
            out.add(where + " refuses Accept: application/json");
        }
        return out;
    }

    /** The first role the operation's controller admits, or null when only anonymous calls make sense. */
    private Role roleFor(Operation op) {
        String concrete = op.path().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
        var matches = router.findAny(io.micronaut.http.HttpRequest.create(HttpMethod.valueOf(op.method().toUpperCase()), concrete));
        assertThat(matches).as(op + " is routed").isNotEmpty();
        String[] secured = matches.get(0).getRouteInfo().getAnnotationMetadata().stringValues(Secured.class);
        for (String value : secured) {
            for (Role role : Role.values()) {
                if (role.authority().equals(value)) {
                    return role;
                }
            }
        }
        if (List.of(secured).contains(SecurityRule.IS_AUTHENTICATED)) {
            return op.path().startsWith("/me/") ? Role.RESIDENT : Role.LINK_WORKER;
        }
        return op.anonymousAllowed() ? null : Role.ADMIN;
    }

    private static String purposeOf(Role role) {
        if (role == null) {
            return DIRECT_CARE;
        }
        return switch (role) {
            case GROUP_EDITOR -> SocialPrescribing.REFERRAL_MANAGEMENT;
            case RESIDENT -> "RESIDENT_OWN_ACCESS";
            case ADMIN, EVALUATOR -> "SERVICE_ADMINISTRATION";
            default -> DIRECT_CARE;
        };
    }

    private Map<Role, String> tokens(Team team, Group group) {
        Map<Role, String> tokens = new LinkedHashMap<>();
        tokens.put(Role.LINK_WORKER, users.signIn(team.linkWorker()).getAccessToken());
        tokens.put(Role.COORDINATOR, users.signIn(team.coordinator()).getAccessToken());
        tokens.put(Role.GROUP_EDITOR, users.signIn(group.editor()).getAccessToken());
        for (Role role : List.of(Role.RESIDENT, Role.EVALUATOR, Role.ADMIN)) {
            tokens.put(role, users.signIn(users.create(role)).getAccessToken());
        }
        return tokens;
    }

    /** Real records for the ids operations take, so that variants get past "not found" to the input handling. */
    private Map<String, String> ids(Team team, Group group, String linkWorker) {
        Bearer.use(linkWorker);
        Resident resident = sp.resident("Fuzz", "Target", List.of(SocialPrescribing.shareWith(group.organisationId())));
        Episode episode = sp.acceptedEpisode(resident);
        OnwardReferral referral = sp.draftReferral(episode, group.serviceId());
        Bearer.clear();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("resident_id", resident.getId().toString());
        ids.put("episode_id", episode.getId().toString());
        ids.put("referral_id", referral.getId().toString());
        ids.put("service_id", group.serviceId().toString());
        ids.put("id", group.serviceId().toString());
        ids.put("organisation_id", group.organisationId().toString());
        ids.put("scheme_id", team.schemeId().toString());
        ids.put("measure_id", "ons4");
        ids.put("username", "fuzz-" + System.nanoTime() + "@test.signpost");
        return ids;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
