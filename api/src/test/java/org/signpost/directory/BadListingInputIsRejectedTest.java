package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.TestDirectory.as;
import static org.signpost.testing.TestDirectory.etag;
import static org.signpost.testing.TestDirectory.inputOf;
import static org.signpost.testing.TestDirectory.listing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.model.FieldError;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.Schedule;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.contract.model.ServiceInput;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestDatabase;
import org.signpost.testing.TestDirectory;

/** Each rule: a 400 problem naming the field, and nothing written (no listing, no new version, no history, no outbox row). */
@MicronautTest(transactional = false)
// the outbox rows a change writes are what is asserted: the indexer must not consume them meanwhile
@Property(name = "signpost.indexer.enabled", value = "false")
class BadListingInputIsRejectedTest {

    @Inject
    DirectoryServicesApi services;

    @Inject
    @Client("signpost")
    HttpClient raw;

    @Inject
    TestDirectory directory;

    @Inject
    TestDatabase database;

    @Inject
    ObjectMapper json;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("latitude beyond 90", "locations[0].latitude", in -> in.getLocations().get(0).latitude(91.0)),
                rule("longitude beyond 180", "locations[0].longitude", in -> in.getLocations().get(0).longitude(-181.5)),
                rule("latitude outside the UK (Madrid)", "locations[0].latitude", in -> in.getLocations().get(0).latitude(40.4).longitude(-3.7)),
                rule("longitude outside the UK (North Sea)", "locations[0].longitude", in -> in.getLocations().get(0).longitude(2.5)),
                rule("only one coordinate", "locations[0].longitude", in -> in.getLocations().get(0).longitude(null)),
                rule("closing before opening", "schedules[0].closes_at", in -> in.getSchedules().get(0).opensAt("14:00").closesAt("13:30")),
                rule("an unknown day on the second schedule", "schedules[1].byday", in -> in.getSchedules().add(new Schedule().freq("WEEKLY")
                        .byday("MO,XX").opensAt("09:00").closesAt("10:00").attendingType("phone"))),
                rule("an ordinal day without MONTHLY", "schedules[0].byday", in -> in.getSchedules().get(0).freq("WEEKLY")),
                rule("a time that is not a time", "schedules[0].opens_at", in -> in.getSchedules().get(0).opensAt("25:99")),
                rule("a location index that is not there", "schedules[0].location_index", in -> in.getSchedules().get(0).locationIndex(3)),
                rule("a negative cost", "cost_options[0].amount", in -> in.getCostOptions().get(0).amount(new BigDecimal("-1.00"))),
                rule("minimum age above maximum age", "minimum_age", in -> in.minimumAge(65).maximumAge(18)),
                rule("an age beyond 130", "maximum_age", in -> in.maximumAge(200)),
                rule("an unknown taxonomy term", "taxonomy_term_codes[1]", in -> in.getTaxonomyTermCodes().add("sp-no-such-need")),
                rule("a javascript: URL", "url", in -> in.url("javascript:alert(1)")),
                rule("an ftp URL", "url", in -> in.url("ftp://walks.example.org/")),
                rule("an accessibility link that is not http", "locations[0].accessibility[0].url",
                        in -> in.getLocations().get(0).getAccessibility().get(0).url("file:///etc/passwd")),
                rule("an email that is not an email", "email", in -> in.email("walks at example dot org")),
                rule("a contact email that is not an email", "contacts[0].email", in -> in.getContacts().get(0).email("pat@")),
                rule("an unknown status", "status", in -> in.status("open")),
                rule("an unknown delivery mode", "delivery_modes[0]", in -> in.deliveryModes(TestDirectory.copy(List.of("by carrier pigeon")))),
                rule("an unknown referral route", "referral_route", in -> in.referralRoute("gp_only")),
                rule("fewer than no places", "capacity.maximum", in -> in.getCapacity().maximum(-1)),
                rule("a postcode that is not a postcode", "locations[0].postal_code", in -> in.getLocations().get(0).postalCode("NOWHERE")),
                rule("a blank name", "name", in -> in.name("   ")));
    }

    private static Arguments rule(String what, String field, Consumer<ServiceInput> spoil) {
        return Arguments.of(what, field, spoil);
    }

    @ParameterizedTest(name = "{0} names {1}")
    @MethodSource("rules")
    void aNewListingWithTheFaultIsRefusedAndNothingIsWritten(String what, String field, Consumer<ServiceInput> spoil) {
        UUID group = directory.organisation("Bad Input Group");
        Bearer.use(directory.groupEditorOf(group));
        ServiceInput input = listing(group);
        spoil.accept(input);

        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> services.createService(input));

        assertThat(problem.getErrors()).extracting(FieldError::getField).contains(field);
        assertThat(services.listServices(group, null, true, 1, 20).getTotalItems()).isZero();
        assertThat(database.count("SELECT COUNT(*) FROM service WHERE organisation_id = ?", group)).isZero();
    }

    @ParameterizedTest(name = "{0} names {1}")
    @MethodSource("rules")
    void anEditWithTheFaultIsRefusedAndNothingIsWritten(String what, String field, Consumer<ServiceInput> spoil) {
        UUID group = directory.organisation("Bad Edit Group");
        ServiceDetail verified = directory.verifiedListing(group);
        long outbox = database.searchOutboxRows(verified.getId());
        long history = database.count("SELECT COUNT(*) FROM service_history WHERE service_id = ?", verified.getId());
        Bearer.use(directory.coordinatorToken());
        String content = inputOf(verified).toString();
        ServiceInput input = inputOf(services.getService(verified.getId()).body());
        spoil.accept(input);

        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> services.updateService(verified.getId(), input, etag(verified)));

        assertThat(problem.getErrors()).extracting(FieldError::getField).contains(field);
        ServiceDetail after = services.getService(verified.getId()).body();
        assertThat(after.getVersion()).isEqualTo(verified.getVersion());
        assertThat(inputOf(after).toString()).isEqualTo(content);
        assertThat(database.searchOutboxRows(verified.getId())).isEqualTo(outbox);
        assertThat(database.count("SELECT COUNT(*) FROM service_history WHERE service_id = ?", verified.getId())).isEqualTo(history);
    }

    @Test
    void everyFaultIsNamedAtOnce() {
        UUID group = directory.organisation("Many Faults Group");
        Bearer.use(directory.groupEditorOf(group));
        ServiceInput input = listing(group).url("mailto:x@example.org").minimumAge(-1).status("closed");
        input.getLocations().get(0).latitude(100.0);

        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> services.createService(input));

        assertThat(problem.getErrors()).extracting(FieldError::getField)
                .contains("url", "minimum_age", "status", "locations[0].latitude");
    }

    @Test
    void oversizeTextIsRefusedByTheContractsLimits() {
        UUID group = directory.organisation("Oversize Group");
        Bearer.use(directory.groupEditorOf(group));
        ServiceInput input = listing(group).name("x".repeat(256)).description("y".repeat(10_001));
        input.getContacts().get(0).name("z".repeat(256));

        // the generated client checks the contract's limits before sending, so send it raw
        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> raw.toBlocking().exchange(
                HttpRequest.POST("/directory/services", input).contentType(MediaType.APPLICATION_JSON)));

        assertThat(problem.getErrors()).extracting(FieldError::getField).contains("name", "description", "contacts[0].name");
        assertThat(database.count("SELECT COUNT(*) FROM service WHERE organisation_id = ?", group)).isZero();
    }

    @Test
    void anAccessibilityCodeTheContractDoesNotListIsRefused() throws IOException {
        UUID group = directory.organisation("Accessibility Code Group");
        Bearer.use(directory.groupEditorOf(group));
        String body = json.writeValueAsString(listing(group));
        assertThat(body).contains("\"code\":\"step_free\"");

        // the generated client only sends listed codes, so send it raw
        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> raw.toBlocking().exchange(
                HttpRequest.POST("/directory/services", body.replace("\"code\":\"step_free\"", "\"code\":\"moat\""))
                        .contentType(MediaType.APPLICATION_JSON)));

        // the body cannot be read as the contract's ServiceInput: nothing about it is taken
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(database.count("SELECT COUNT(*) FROM service WHERE organisation_id = ?", group)).isZero();
    }

    @Test
    void aMalformedIfMatchIsNamed() {
        UUID group = directory.organisation("If-Match Group");
        Bearer.use(directory.groupEditorOf(group));
        ServiceDetail created = services.createService(listing(group)).body();

        Problem problem = expectProblem(HttpStatus.BAD_REQUEST,
                () -> services.updateService(created.getId(), inputOf(created).name("x"), "version one"));

        assertThat(problem.getErrors()).extracting(FieldError::getField).containsExactly("If-Match");
    }

    @Test
    void anUnknownOrganisationIsNamed() {
        Bearer.use(directory.coordinatorToken());

        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> services.createService(listing(UUID.randomUUID())));

        assertThat(problem.getErrors()).extracting(FieldError::getField).containsExactly("organisation_id");
    }
}
