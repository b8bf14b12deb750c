package org.signpost.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.ProblemBodies;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Group;
import org.signpost.testing.TestUsers;

/**
 * What a probe of the running service found answering 500 or leaking Java names: each malformed
 * request is now a 400 problem naming the field, what was wrong and what is allowed.
 */
@MicronautTest(transactional = false)
class MalformedInputIsAClientErrorTest {

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
    void aGzipHeaderOnAPlainJsonSignInIsABadRequestNamingTheHeader() {
        Map<String, Object> problem = ProblemBodies.expect(HttpStatus.BAD_REQUEST, () -> send(
                HttpRequest.POST("/login", "{\"username\":\"someone\",\"password\":\"whatever it is\"}")
                        .contentType(MediaType.APPLICATION_JSON).header("Content-Encoding", "gzip")));

        assertThat(fields(problem)).containsExactly("Content-Encoding");
    }

    @Test
    void aJsonBodyFarLargerThanAnyOperationNeedsIsRefusedBeforeItIsParsed() {
        String big = "{\"username\":\"" + "x".repeat(3 * 1024 * 1024) + "\",\"password\":\"y\"}";

        Map<String, Object> problem = ProblemBodies.expect(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                () -> send(HttpRequest.POST("/login", big).contentType(MediaType.APPLICATION_JSON)));

        assertThat(fields(problem)).containsExactly("body");
    }

    @Test
    void aPageFarBeyondTheEndIsABadRequestNamingPage() {
        users.actAs(Role.ADMIN);
        Map<String, Object> audit = ProblemBodies.expect(HttpStatus.BAD_REQUEST,
                () -> send(HttpRequest.GET("/admin/audit-log?page=2147483647")));
        assertThat(fields(audit)).containsExactly("page");

        Group group = sp.group("Paged Lunch Club", null);
        Bearer.use(users.signIn(group.editor()).getAccessToken());
        Map<String, Object> referrals = ProblemBodies.expect(HttpStatus.BAD_REQUEST, () -> send(
                HttpRequest.GET("/group/referrals?page=2147483647").header("X-Purpose-Of-Use", SocialPrescribing.REFERRAL_MANAGEMENT)));
        assertThat(fields(referrals)).containsExactly("page");
    }

    @Test
    void aNullRoleIsABadRequestNamingTheElementAndTheRoles() {
        users.actAs(Role.ADMIN);
        Map<String, Object> problem = ProblemBodies.expect(HttpStatus.BAD_REQUEST, () -> send(HttpRequest.POST("/admin/users",
                "{\"username\":\"nobody-" + UUID.randomUUID() + "@test\",\"password\":\"long enough password\",\"roles\":[null]}")));

        assertThat(fields(problem)).containsExactly("roles[0]");
        assertThat(String.valueOf(problem.get("detail"))).contains("LINK_WORKER", "not null");
    }

    @Test
    void anUnknownRoleListsTheRolesThereAre() {
        users.actAs(Role.ADMIN);
        Map<String, Object> problem = ProblemBodies.expect(HttpStatus.BAD_REQUEST, () -> send(HttpRequest.POST("/admin/users",
                "{\"username\":\"nobody-" + UUID.randomUUID() + "@test\",\"password\":\"long enough password\",\"roles\":[\"WIZARD\"]}")));

        assertThat(fields(problem)).containsExactly("roles[0]");
        assertThat(String.valueOf(problem.get("detail"))).contains("RESIDENT, LINK_WORKER, COORDINATOR", "WIZARD");
    }

    @Test
    void aRefreshTokenOfTheWrongTypeIsNamedWithoutJavaClasses() {
        Map<String, Object> problem = ProblemBodies.expect(HttpStatus.BAD_REQUEST,
                () -> send(HttpRequest.POST("/token/refresh", "{\"refresh_token\": 5}")));

        assertThat(fields(problem)).containsExactly("refresh_token");
        assertThat(problem.toString()).doesNotContain("org.signpost", "java.lang", "RefreshRequest", "Exception");
        assertThat(String.valueOf(problem.get("detail"))).contains("must be a string");
    }

    @Test
    void aQueryParameterOfTheWrongTypeSaysWhatIsAllowed() {
        Group group = sp.group("Typed Lunch Club", null);
        Bearer.use(users.signIn(group.editor()).getAccessToken());
        Map<String, Object> page = ProblemBodies.expect(HttpStatus.BAD_REQUEST, () -> send(
                HttpRequest.GET("/group/referrals?page=abc").header("X-Purpose-Of-Use", SocialPrescribing.REFERRAL_MANAGEMENT)));
        assertThat(fields(page)).containsExactly("page");
        assertThat(String.valueOf(page.get("detail"))).contains("an integer").doesNotContain("java.lang", "Integer");

        Map<String, Object> status = ProblemBodies.expect(HttpStatus.BAD_REQUEST, () -> send(
                HttpRequest.GET("/group/referrals?status=lost").header("X-Purpose-Of-Use", SocialPrescribing.REFERRAL_MANAGEMENT)));
        assertThat(fields(status)).containsExactly("status");
        assertThat(String.valueOf(status.get("detail"))).contains("accepted", "did_not_attend").doesNotContain("OnwardStatus");
    }

    @Test
    void aNumberIsNotADateOfBirthAndNamesAreFreeOfControlAndBidiCharacters() {
        users.actAs(Role.LINK_WORKER);
        Map<String, Object> dob = ProblemBodies.expect(HttpStatus.BAD_REQUEST,
                () -> send(resident("\"Ann\"", "12345")));
        assertThat(fields(dob)).containsExactly("date_of_birth");
        assertThat(String.valueOf(dob.get("detail"))).contains("a date YYYY-MM-DD");

        Map<String, Object> rlo = ProblemBodies.expect(HttpStatus.BAD_REQUEST,
                () -> send(resident("\"Ann\\u202Eevil\"", "\"1950-03-14\"")));
        assertThat(fields(rlo)).containsExactly("given_name");
        assertThat(String.valueOf(rlo.get("detail"))).contains("bidirectional");

        Map<String, Object> nul = ProblemBodies.expect(HttpStatus.BAD_REQUEST,
                () -> send(resident("\"Ann\\u0000\"", "\"1950-03-14\"")));
        assertThat(fields(nul)).containsExactly("given_name");
        assertThat(String.valueOf(nul.get("detail"))).contains("control characters");
    }

    @Test
    void theStringFiveIsNotAnOutcomeAnswer() {
        users.actAs(Role.LINK_WORKER);
        Map<String, Object> problem = ProblemBodies.expect(HttpStatus.BAD_REQUEST, () -> send(HttpRequest.POST(
                "/episodes/" + UUID.randomUUID() + "/outcomes",
                "{\"measure_id\":\"ucla3\",\"timepoint\":\"baseline\",\"completed_on\":\"2026-01-15\","
                        + "\"answers\":{\"companionship\":\"5\"}}").header("X-Purpose-Of-Use", DIRECT_CARE)));

        assertThat(fields(problem)).containsExactly("answers.companionship");
        assertThat(String.valueOf(problem.get("detail"))).contains("must be a number");
    }

    @Test
    void theDefaultAcceptHeaderDoesNotStopAnOperationThatAnswersNoContent() {
        users.actAs(Role.ADMIN);
        UUID scheme = UUID.fromString(String.valueOf(send(HttpRequest.POST("/schemes",
                "{\"name\":\"Accepting PCN " + UUID.randomUUID() + "\",\"ods_code\":\"U12345\"}").accept(MediaType.APPLICATION_JSON))
                .getBody(Map.class).orElseThrow().get("id")));
        String worker = users.create(Role.LINK_WORKER);

        HttpResponse<?> added = send(HttpRequest.POST("/schemes/" + scheme + "/members", "{\"username\":\"" + worker + "\"}")
                .accept(MediaType.APPLICATION_JSON));

        assertThat(added.getStatus().getCode()).isEqualTo(204);
        assertThat(sp.count("SELECT COUNT(*) FROM scheme_member WHERE scheme_id = ?", scheme.toString())).isEqualTo(1);
    }

    @Test
    void aOneNameSuggestionIsAnAnswerNotAServerError() {
        HttpResponse<Map> response = raw.toBlocking().exchange(HttpRequest.GET("/search/suggest?prefix=wal&limit=1"), Map.class);

        assertThat(response.getStatus().getCode()).isEqualTo(200);
        assertThat((List<?>) response.body().get("suggestions")).hasSizeLessThanOrEqualTo(1);
    }

    private MutableHttpRequest<String> resident(String givenName, String dateOfBirth) {
        return HttpRequest.POST("/residents", "{\"given_name\":" + givenName + ",\"family_name\":\"Test\",\"date_of_birth\":" + dateOfBirth
                + ",\"postcode\":\"S60 1AA\",\"contact_preference\":{\"method\":\"phone\"}}").header("X-Purpose-Of-Use", DIRECT_CARE);
    }

    private HttpResponse<?> send(MutableHttpRequest<?> request) {
        if (request.getContentType().isEmpty() && request.getBody().isPresent()) {
            request.contentType(MediaType.APPLICATION_JSON);
        }
        return raw.toBlocking().exchange(request, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.getOrDefault("errors", List.of())).stream()
                .map(e -> String.valueOf(e.get("field"))).toList();
    }
}
