package org.signpost.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.EvaluationApi;
import org.signpost.contract.client.ResidentsApi;
import org.signpost.contract.model.ConsentKind;
import org.signpost.contract.model.EvaluationExportFormat;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.ResidentConsent;
import org.signpost.contract.model.Sex;
import org.signpost.contract.model.WithdrawalRequest;
import org.signpost.evaluation.model.PseudonymousKey;
import org.signpost.evaluation.web.EvaluationScenario.Person;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.OutcomeRows;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestDatabase;
import org.signpost.testing.TestUsers;
import org.signpost.wellbeing.model.Timepoint;

/**
 * An evaluator exports pseudonymised outcome rows: only consented residents, no identifiers,
 * stable person keys, corrections replacing what they correct, withdrawal honoured at the next
 * export, filters that would single people out refused, and every export audited.
 */
@MicronautTest(transactional = false)
class EvaluatorExportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EvaluationScenario scenario;

    @Inject
    EvaluationApi evaluation;

    @Inject
    ResidentsApi residents;

    @Inject
    TestUsers users;

    @Inject
    PseudonymousKey keys;

    @Inject
    OutcomeRows outcomes;

    @Inject
    TestDatabase database;

    @Inject
    @Client("signpost")
    HttpClient http;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void onlyConsentedResidentsArriveAndNobodyIsIdentifiable() {
        SocialPrescribing.Team team = scenario.team();
        List<Person> consented = scenario.people(team, 6, "C88001", true, 3, 2);
        List<Person> refused = scenario.people(team, 1, "C88001", false, 3, 1);
        users.actAs(Role.EVALUATOR);

        List<List<String>> csv = csv(evaluation.exportOutcomes(EvaluationExportFormat.CSV, null, null, null, team.schemeId(), null, null)
                .toString(StandardCharsets.UTF_8));

        assertThat(csv.get(0)).containsExactly("person_key", "age_band", "sex", "postcode_area", "scheme", "referral_source", "needs",
                "measure_id", "timepoint", "follow_up_weeks", "completed_quarter", "score_key", "value", "band", "days_since_episode_start");
        List<List<String>> rows = csv.subList(1, csv.size());
        assertThat(rows).as("two records of one score for each consented person").hasSize(12);
        assertThat(rows.stream().map(r -> r.get(0)).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(consented.stream().map(p -> keys.of(p.resident().getId().toString())).toList());
        List<String> baseline = rows.stream().filter(r -> r.get(8).equals("baseline")).findFirst().orElseThrow();
        java.time.LocalDate b = EvaluationScenario.BASELINE;
        assertThat(baseline.subList(1, 12)).containsExactly("65-74", "male", "S", team.schemeId().toString(), "gp_practice",
                "sp-loneliness", "ucla3", "baseline", "", b.getYear() + "-Q" + ((b.getMonthValue() + 2) / 3), "total");
        assertThat(baseline.get(12)).isEqualTo("9.00");
        assertThat(baseline.get(14)).as("3 days after the start, banded").isEqualTo("0-41");
        String everything = String.join("\n", csv.stream().map(r -> String.join(",", r)).toList());
        for (Person person : concat(consented, refused)) {
            assertThat(everything).doesNotContain(person.resident().getId().toString(), person.episode().getId().toString(),
                    person.resident().getGivenName(), "S61 2QT", "1961-07-19", "@example.net", "07700 900", "Mornings only", "Lonely since");
        }
        assertThat(refused.stream().map(p -> keys.of(p.resident().getId().toString()))).noneMatch(everything::contains);
    }

    @Test
    void keysAreStableAcrossExportsAndWithdrawalRemovesAPersonFromTheNext() throws Exception {
        SocialPrescribing.Team team = scenario.team();
        List<Person> people = scenario.people(team, 6, "C88002", true, 2, 2);
        users.actAs(Role.EVALUATOR);
        List<JsonNode> first = ndjson(evaluation.exportOutcomes(EvaluationExportFormat.NDJSON, "ucla3", null, null, team.schemeId(), null,
                null).toString(StandardCharsets.UTF_8));
        List<JsonNode> second = ndjson(evaluation.exportOutcomes(EvaluationExportFormat.NDJSON, "ucla3", null, null, team.schemeId(), null,
                null).toString(StandardCharsets.UTF_8));
        assertThat(first).hasSize(12);
        assertThat(keysOf(first)).hasSize(6).isEqualTo(keysOf(second));
        assertThat(first.get(0).get("value").isNumber()).isTrue();
        assertThat(first.get(0).has("resident_id")).isFalse();
        PseudonymousKey otherSecret = PseudonymousKey.fromSecret("another deployment's secret, at least 32 bytes long");
        assertThat(keysOf(first)).as("the deployment's secret keys them").isEqualTo(people.stream()
                .map(p -> keys.of(p.resident().getId().toString())).collect(Collectors.toSet()))
                .doesNotContainAnyElementsOf(people.stream().map(p -> otherSecret.of(p.resident().getId().toString())).toList());

        Person leaving = people.get(0);
        Bearer.use(users.signIn(team.linkWorker()).getAccessToken());
        ResidentConsent consent = residents.getResident(leaving.resident().getId(), DIRECT_CARE).getConsents().stream()
                .filter(c -> c.getKind() == ConsentKind.PSEUDONYMISED_EVALUATION).findFirst().orElseThrow();
        residents.withdrawConsent(leaving.resident().getId(), consent.getId(), new WithdrawalRequest().reason("No longer wishes to take part"),
                DIRECT_CARE);
        users.actAs(Role.EVALUATOR);

        List<JsonNode> after = ndjson(evaluation.exportOutcomes(EvaluationExportFormat.NDJSON, "ucla3", null, null, team.schemeId(), null,
                null).toString(StandardCharsets.UTF_8));
        assertThat(keysOf(after)).hasSize(5).doesNotContain(keys.of(leaving.resident().getId().toString()));
        assertThat(database.count("SELECT COUNT(*) FROM audit_log WHERE resource_type = 'evaluation_export' AND reason LIKE ?",
                "finished outcome rows as ndjson: 12 rows; filters to=%, scheme_id=" + team.schemeId() + ", measure_id=ucla3"))
                .isEqualTo(2);
        assertThat(database.count("SELECT COUNT(*) FROM audit_log WHERE resource_type = 'evaluation_export' AND reason LIKE ?",
                "started outcome rows as ndjson; filters to=%, scheme_id=" + team.schemeId() + "%")).isEqualTo(3);
    }

    @Test
    void aCorrectionReplacesTheRecordItCorrects() {
        SocialPrescribing.Team team = scenario.team();
        List<Person> people = scenario.people(team, 5, "C88003", true, 3, 3);
        Person corrected = people.get(0);
        String followUp = database.string("SELECT id FROM outcome_record WHERE episode_id = ? AND timepoint = 'follow_up'",
                corrected.episode().getId());
        outcomes.correct(java.util.UUID.fromString(followUp), corrected.episode().getId(), "ucla3", Timepoint.FOLLOW_UP, 12,
                EvaluationScenario.FOLLOW_UP, outcomes.all("ucla3", 1), team.linkWorker());
        users.actAs(Role.EVALUATOR);
        List<List<String>> rows = csv(evaluation.exportOutcomes(null, "ucla3", null, null, team.schemeId(), null, null)
                .toString(StandardCharsets.UTF_8));
        String key = keys.of(corrected.resident().getId().toString());
        assertThat(rows.stream().filter(r -> r.get(0).equals(key) && r.get(8).equals("follow_up")).map(r -> r.get(12)))
                .containsExactly("3.00");
        assertThat(rows).hasSize(1 + 10);
    }

    @Test
    void filtersThatWouldSingleSomeoneOutAreRefused() {
        SocialPrescribing.Team team = scenario.team();
        scenario.people(team, 5, "C88004", true, 3, 2);
        scenario.people(team, 2, "C88005", true, 3, 2);
        users.actAs(Role.EVALUATOR);

        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> evaluation.exportOutcomes(EvaluationExportFormat.CSV, null, null,
                null, team.schemeId(), "C88005", null));
        assertThat(problem.getErrors()).anySatisfy(e -> {
            assertThat(e.getField()).isEqualTo("practice");
            assertThat(e.getDetail()).contains("fewer than 5 people");
        });
        Problem dates = expectProblem(HttpStatus.BAD_REQUEST, () -> evaluation.exportOutcomes(null, null,
                java.time.YearMonth.from(EvaluationScenario.FOLLOW_UP).toString(), java.time.YearMonth.from(EvaluationScenario.BASELINE)
                        .toString(), team.schemeId(), null, null));
        assertThat(dates.getErrors()).anySatisfy(e -> assertThat(e.getField()).isEqualTo("from"));
        Problem day = expectProblem(HttpStatus.BAD_REQUEST, () -> evaluation.exportOutcomes(null, null,
                EvaluationScenario.BASELINE.toString(), null, team.schemeId(), null, null));
        assertThat(day.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getField()).isEqualTo("from");
            assertThat(e.getDetail()).contains("yyyy-MM", "yyyy-Qn");
        });
        HttpClientResponseException unknown = catchThrowableOfType(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/evaluation/exports/outcomes?measure_id=no-such-measure").bearerAuth(Bearer.current()), String.class));
        assertThat(unknown.getStatus().getCode()).isEqualTo(404);
        assertThat((CharSequence) unknown.getResponse().getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        assertThat(database.count("SELECT COUNT(*) FROM audit_log WHERE resource_type = 'evaluation_export' AND outcome = 'denied'"
                + " AND reason LIKE ?", "%practice=C88005%")).isEqualTo(1);
        assertThat(csv(evaluation.exportOutcomes(null, null, null, null, team.schemeId(), "C88004", null)
                .toString(StandardCharsets.UTF_8))).hasSize(1 + 10);
    }

    @Test
    void onlyEvaluatorsAndAdministratorsExportPersonLevelRows() {
        SocialPrescribing.Team team = scenario.team();
        scenario.people(team, 5, "C88006", true, 3, 2);
        for (Role role : List.of(Role.LINK_WORKER, Role.GROUP_EDITOR, Role.RESIDENT, Role.COORDINATOR)) {
            users.actAs(role);
            expectProblem(HttpStatus.FORBIDDEN, () -> evaluation.exportOutcomes(null, null, null, null, team.schemeId(), null, null));
        }
        users.actAs(Role.ADMIN);
        assertThat(csv(evaluation.exportOutcomes(null, null, null, null, team.schemeId(), null, null).toString(StandardCharsets.UTF_8)))
                .hasSize(11);
    }

    @Test
    void everyReleasedCombinationIsSharedByKPeopleAndARareOneIsWithheldAndCounted() throws Exception {
        SocialPrescribing.Team team = scenario.team();
        List<Person> usual = scenario.people(team, 8, "C88007", true, 3, 2);
        Person elsewhere = scenario.measured(team, "C88007", "LS1 4AP", Sex.MALE);
        Person female = scenario.measured(team, "C88008", "S61 2QT", Sex.FEMALE);
        users.actAs(Role.EVALUATOR);

        String body = evaluation.exportOutcomes(EvaluationExportFormat.CSV, "ucla3", null, null, team.schemeId(), null, null)
                .toString(StandardCharsets.UTF_8);
        List<String> header = body.lines().takeWhile(l -> l.startsWith("#")).toList();
        assertThat(header).contains("# k_anonymity: 5", "# people: 10", "# rows: 20", "# withheld_people: 5", "# withheld_rows: 10")
                .anySatisfy(l -> assertThat(l).startsWith("# withheld_fields: practice"))
                .anySatisfy(l -> assertThat(l).startsWith("# generalised: age_band"));
        List<List<String>> rows = csv(body);
        List<String> columns = rows.get(0);
        List<List<String>> data = rows.subList(1, rows.size());
        assertThat(data).as("nobody dropped: 10 people, 2 records each").hasSize(20);
        List<Integer> quasi = org.signpost.evaluation.model.PseudonymisedOutcome.QUASI_IDENTIFIERS.stream().map(columns::indexOf).toList();
        java.util.Map<String, Set<String>> peopleByCombination = new java.util.HashMap<>();
        for (List<String> row : data) {
            String combination = quasi.stream().map(row::get).collect(Collectors.joining("|"));
            peopleByCombination.computeIfAbsent(combination, c -> new LinkedHashSet<>()).add(row.get(0));
        }
        assertThat(peopleByCombination.values()).as("every combination of quasi-identifiers is shared by at least k = 5 people")
                .allSatisfy(people -> assertThat(people).hasSizeGreaterThanOrEqualTo(5));
        for (Person rare : List.of(elsewhere, female)) {
            String key = keys.of(rare.resident().getId().toString());
            assertThat(data.stream().filter(r -> r.get(0).equals(key))).as("a rare person's rows stay, their quasi-identifiers empty")
                    .hasSize(2).allSatisfy(r -> assertThat(quasi.stream().map(r::get)).allMatch(String::isEmpty));
        }
        assertThat(body).doesNotContain("C88007", "C88008", "LS1", "S61");
        assertThat(usual).hasSize(8);

        List<JsonNode> lines = new ArrayList<>();
        for (String line : evaluation.exportOutcomes(EvaluationExportFormat.NDJSON, "ucla3", null, null, team.schemeId(), null, null)
                .toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines.get(0).get("metadata").get("withheld_rows").asLong()).isEqualTo(10);
        assertThat(lines).hasSize(21);
    }

    static List<List<String>> csv(String body) {
        List<List<String>> out = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(Arrays.asList(line.split(",", -1)));
            }
        }
        return out;
    }

    static List<JsonNode> ndjson(String body) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : body.split("\n")) {
            JsonNode node = line.isBlank() ? null : JSON.readTree(line);
            if (node != null && !node.has("metadata")) {
                out.add(node);
            }
        }
        return out;
    }

    private static Set<String> keysOf(List<JsonNode> rows) {
        return rows.stream().map(r -> r.get("person_key").asText()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<Person> concat(List<Person> a, List<Person> b) {
        List<Person> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

}
