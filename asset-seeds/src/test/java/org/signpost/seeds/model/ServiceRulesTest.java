package org.signpost.seeds.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules applied directly, as the API applies them to a request: unlike the feed reader, which drops or
 * repairs a bad web address, email or oversize text with a warning, the rules report each one.
 */
class ServiceRulesTest {

    private static ImportedService service(String url, String email, String name, ImportedOrganisation organisation,
                                           List<ImportedCostOption> costs) {
        return new ImportedService(UUID.randomUUID(), name, null, url, email, ServiceStatus.ACTIVE, null, costs, null,
                null, null, null, null, null, null, organisation, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, null);
    }

    @Test
    void aSoundMinimalServicePasses() {
        assertEquals(List.of(), new ServiceRules().check(service(null, null, "Knit and Natter", null, List.of())));
    }

    @Test
    void reportsEveryFieldAtFaultByItsOrukName() {
        ImportedService s = service("www.example.org", "not an email", "x".repeat(256),
                new ImportedOrganisation(null, " ", null, "a@b", "javascript:alert(1)"),
                List.of(new ImportedCostOption(null, "Per session", new BigDecimal("-0.50"), null, "pounds", null, null)));

        assertEquals(List.of(
                new Violation("name", "is 256 characters long; at most 255 are allowed"),
                new Violation("url", "'www.example.org' is not an absolute http(s) URL"),
                new Violation("email", "'not an email' is not an email address"),
                new Violation("cost_options[0].amount", "-0.50 is negative"),
                new Violation("cost_options[0].currency", "'pounds' is not an ISO 4217 code such as GBP"),
                new Violation("organization.name", "is required"),
                new Violation("organization.email", "'a@b' is not an email address"),
                new Violation("organization.website", "'javascript:alert(1)' is not an absolute http(s) URL")),
                new ServiceRules().check(s));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            TU               | WEEKLY  | -
            MO,WE,FR         | WEEKLY  | -
            2TU              | MONTHLY | -
            -1FR             | MONTHLY | -
            1SA,3SA          | MONTHLY | -
            2TU              | WEEKLY  | '2TU' has an ordinal day '2TU', which needs freq MONTHLY
            TUE              | WEEKLY  | 'TUE' has unknown day 'TUE' (use MO, TU, WE, TH, FR, SA, SU, with an ordinal such as 2TU or -1FR for a monthly schedule)
            MO,,WE           | WEEKLY  | 'MO,,WE' has unknown day '' (use MO, TU, WE, TH, FR, SA, SU, with an ordinal such as 2TU or -1FR for a monthly schedule)
            tu               | WEEKLY  | 'tu' has unknown day 'tu' (use MO, TU, WE, TH, FR, SA, SU, with an ordinal such as 2TU or -1FR for a monthly schedule)
            ''               | WEEKLY  | is empty (name at least one day: MO, TU, WE, TH, FR, SA or SU)
            0MO              | MONTHLY | '0MO' has unknown day '0MO' (use MO, TU, WE, TH, FR, SA, SU, with an ordinal such as 2TU or -1FR for a monthly schedule)
            -TU              | MONTHLY | '-TU' has unknown day '-TU' (use MO, TU, WE, TH, FR, SA, SU, with an ordinal such as 2TU or -1FR for a monthly schedule)
            1SA,6SA          | MONTHLY | '1SA,6SA' has ordinal 6 in '6SA', outside 1..5 (or -1..-5, counted from the end of the month)
            -6MO             | MONTHLY | '-6MO' has ordinal -6 in '-6MO', outside 1..5 (or -1..-5, counted from the end of the month)
            +2TU             | MONTHLY | -
            """)
    void decidesWhichByDayValuesASchedulesCanHold(String byday, Frequency freq, String problem) {
        assertEquals(Optional.ofNullable(problem), RecurrenceRules.byDayProblem(byday, freq));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            https://example.org, true
            http://example.org/path?q=1#x, true
            HTTPS://EXAMPLE.ORG, true
            https://localhost:8080/, true
            ftp://example.org, false
            https://, false
            https:/example.org, false
            http:www.example.org, false
            www.example.org, false
            https://exa mple.org, false
            mailto:a@example.org, false
            """)
    void decidesWhatIsAWebAddress(String url, boolean valid) {
        assertEquals(valid, WebFormats.isHttpUrl(url), url);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            a@example.org, true
            first.last+tag@sub.example.co.uk, true
            a@b, false
            a@@example.org, false
            a @example.org, false
            a@example.org., false
            @example.org, false
            a@-example.org, false
            """)
    void decidesWhatIsAnEmailAddress(String email, boolean valid) {
        assertEquals(valid, WebFormats.isEmail(email), email);
    }
}
