package org.signpost.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.signpost.contract.model.LoginRequest;
import org.signpost.contract.model.Problem;
import org.signpost.security.model.Role;
import org.signpost.testing.TestUsers;

/**
 * A resident web app on its own domain (listed) can sign in and call the API with a bearer token;
 * a council site on any domain can read the ORUK feed and search anonymously; any other origin is
 * refused with a problem, never silently.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.http.cors-allowed-origins", value = "https://app.example.org,https://console.example.org/")
class CrossOriginTest {

    static final String APP = "https://app.example.org";
    static final String COUNCIL = "https://www.rotherham.example.gov.uk";

    @Inject
    @Client("signpost")
    HttpClient raw;

    @Inject
    TestUsers users;

    @Test
    void aListedAppPreflightsASignInAndIsAllowed() {
        HttpResponse<?> preflight = raw.toBlocking().exchange(HttpRequest.OPTIONS("/login")
                .header("Origin", APP)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"));

        assertThat(preflight.getStatus().getCode()).isBetween(200, 204);
        assertThat(preflight.getHeaders().get("Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(preflight.getHeaders().get("Access-Control-Allow-Methods")).contains("POST");
        assertThat(preflight.getHeaders().get("Access-Control-Allow-Headers")).containsIgnoringCase("content-type");
        assertThat(preflight.getHeaders().get("Access-Control-Allow-Credentials")).as("bearer tokens, no cookies").isNull();
    }

    @Test
    void aListedAppSignsInAndReadsWithItsToken() {
        String admin = users.create(Role.ADMIN);
        HttpResponse<String> login = raw.toBlocking().exchange(HttpRequest.POST("/login", new LoginRequest(admin, TestUsers.PASSWORD))
                .header("Origin", APP).contentType(MediaType.APPLICATION_JSON), String.class);
        assertThat(login.getHeaders().get("Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(login.getHeaders().get("Vary")).contains("Origin");

        HttpResponse<?> preflight = raw.toBlocking().exchange(HttpRequest.OPTIONS("/admin/audit-log")
                .header("Origin", "https://console.example.org")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization"));
        assertThat(preflight.getHeaders().get("Access-Control-Allow-Origin")).isEqualTo("https://console.example.org");
        assertThat(preflight.getHeaders().get("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
    }

    @Test
    void aCouncilSiteSearchesAnonymouslyFromAnyOrigin() {
        HttpResponse<?> preflight = raw.toBlocking().exchange(HttpRequest.OPTIONS("/search/services")
                .header("Origin", COUNCIL)
                .header("Access-Control-Request-Method", "GET"));
        assertThat(preflight.getHeaders().get("Access-Control-Allow-Origin")).isEqualTo("*");

        HttpResponse<String> search = raw.toBlocking().exchange(HttpRequest.GET("/search/services?lat=53.43&lon=-1.36")
                .header("Origin", COUNCIL), String.class);
        assertThat(search.getStatus().getCode()).isEqualTo(200);
        assertThat(search.getHeaders().get("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void theOrukFeedStaysOpenToEveryOrigin() {
        HttpResponse<String> feed = raw.toBlocking().exchange(HttpRequest.GET("/oruk/services").header("Origin", COUNCIL), String.class);

        assertThat(feed.getHeaders().get("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void anUnlistedOriginCannotSignIn() {
        Problem problem = expectProblem(HttpStatus.FORBIDDEN, () -> raw.toBlocking().exchange(
                HttpRequest.POST("/login", new LoginRequest("someone", "something long enough"))
                        .header("Origin", COUNCIL).contentType(MediaType.APPLICATION_JSON)));

        assertThat(problem.getDetail()).contains(COUNCIL, "signpost.http.cors-allowed-origins");
    }

    @Test
    void anUnlistedOriginsPreflightIsRefusedWithAProblem() {
        Problem problem = expectProblem(HttpStatus.FORBIDDEN, () -> raw.toBlocking().exchange(HttpRequest.OPTIONS("/admin/audit-log")
                .header("Origin", COUNCIL)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")));

        assertThat(problem.getDetail()).contains(COUNCIL);
    }

    @Test
    void aSearchWithATokenIsNotOpenData() {
        expectProblem(HttpStatus.FORBIDDEN, () -> raw.toBlocking().exchange(HttpRequest.OPTIONS("/search/services/link-worker")
                .header("Origin", COUNCIL)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")));
    }
}
