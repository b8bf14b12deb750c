package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.signpost.directory.model.ListingContent;
import org.signpost.directory.model.ScheduleRule;
import org.signpost.directory.model.ServiceDraft.ScheduleDraft;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.platform.errors.Violations;

/**
 * A listing's session is checked by the same recurrence rules the ORUK importer applies
 * ({@code RecurrenceRules}, lib-recur underneath): a fault names the field and says what is allowed.
 */
class ScheduleRuleNamesTheFieldAndWhatIsAllowedTest {

    private static ScheduleDraft draft(String freq, String byday, String bymonthday, String attending) {
        return new ScheduleDraft(null, null, freq, 1, byday, bymonthday, null, null, null, "10:00", "12:00", null, attending);
    }

    private static List<FieldViolation> faults(ScheduleDraft draft) {
        Violations violations = new Violations();
        ScheduleRule.check(draft, List.of(), null, "schedules[2]", violations);
        return violations.list();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            WEEKLY  | MO,XX   | -   | schedules[2].byday      | 'MO,XX' has unknown day 'XX' (use MO, TU, WE, TH, FR, SA, SU, with an ordinal such as 2TU or -1FR for a monthly schedule)
            WEEKLY  | 2TU     | -   | schedules[2].byday      | '2TU' has an ordinal day '2TU', which needs freq MONTHLY
            MONTHLY | 6TU     | -   | schedules[2].byday      | '6TU' has ordinal 6 in '6TU', outside 1..5 (or -1..-5, counted from the end of the month)
            WEEKLY  | ' '     | -   | schedules[2].byday      | is empty (name at least one day: MO, TU, WE, TH, FR, SA or SU)
            MONTHLY | -       | 32  | schedules[2].bymonthday | '32' has '32', not a day of the month (1 to 31, or -1 to -31)
            WEEKLY  | -       | 1   | schedules[2].bymonthday | needs freq MONTHLY
            DAILY   | -       | -   | schedules[2].freq       | must be one of WEEKLY, MONTHLY
            """)
    void aFaultNamesTheFieldAndWhatIsAllowed(String freq, String byday, String bymonthday, String field, String detail) {
        assertThat(faults(draft(freq, byday, bymonthday, "in_person"))).containsExactly(new FieldViolation(field, detail));
    }

    @Test
    void anAttendingTypeIsADeliveryMode() {
        assertThat(faults(draft("WEEKLY", "TU", null, "by post")))
                .containsExactly(new FieldViolation("schedules[2].attending_type", "must be one of in_person, online, phone"));
    }

    @Test
    void aSoundSessionIsKeptAsStoredWithCaseAndSpacesTidied() {
        Violations violations = new Violations();
        ListingContent.Schedule kept = ScheduleRule.check(draft(" monthly ", " 2tu, -1fr ", null, " Online "), List.of(), UUID.randomUUID(),
                "schedules[0]", violations);

        assertThat(violations.list()).isEmpty();
        assertThat(kept.freq()).isEqualTo("MONTHLY");
        assertThat(kept.byday()).isEqualTo("2TU,-1FR");
        assertThat(kept.attendingType()).isEqualTo("online");
        assertThat(kept.opensAt()).isEqualTo(LocalTime.of(10, 0));
    }
}
