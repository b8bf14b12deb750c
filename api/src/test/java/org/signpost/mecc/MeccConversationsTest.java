package org.signpost.mecc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.AuditApi;
import org.signpost.contract.client.MeccApi;
import org.signpost.contract.model.FieldError;
import org.signpost.contract.model.MeccAction;
import org.signpost.contract.model.MeccConversation;
import org.signpost.contract.model.MeccConversationRequest;
import org.signpost.contract.model.MeccCount;
import org.signpost.contract.model.MeccDimension;
import org.signpost.contract.model.MeccIntention;
import org.signpost.contract.model.MeccLevel;
import org.signpost.contract.model.MeccPractitionerRequest;
import org.signpost.contract.model.MeccReport;
import org.signpost.contract.model.MeccReportRow;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.Resident;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Group;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/**
 * Making Every Contact Count: anyone an administrator gave the permission records a conversation
 * in one request, anonymously unless the person agreed to be named; reports count them with small
 * numbers withheld so that none can be worked out from the totals.
 */
@MicronautTest(transactional = false)
class MeccConversationsTest {

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @Inject
    MeccApi mecc;

    @Inject
    AuditApi audit;

    @Inject
    org.signpost.evaluation.model.CellKeyPerturbation perturbation;

    @Inject
    org.signpost.testing.TestDatabase database;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aPractitionerRecordsAConversationInOneRequestAnonymouslyByDefault() {
        Group fire = sp.group("Fire and Rescue Safe and Well", null);
        String firefighter = practitioner(users.create(Role.GROUP_EDITOR, Optional.of(fire.organisationId())));

        act(firefighter);
        MeccConversation saved = mecc.recordMeccConversation(new MeccConversationRequest(LocalDate.now(), "home_visit",
                List.of("smoking", "fuel_poverty"), MeccLevel.VERY_BRIEF_ADVICE, MeccAction.SIGNPOSTED)
                .signpostedServiceId(fire.serviceId()).statedIntention(MeccIntention.THINKING_ABOUT_IT).practitionerRole("Firefighter"),
                null).body();
        assertThat(saved.getAnonymous()).isTrue();
        assertThat(saved.getTopics()).containsExactly("smoking", "fuel_poverty");
        assertThat(mecc.getMeccVocabulary().getWiderTopics()).contains("money", "housing", "fuel_poverty", "loneliness");

        Problem bad = expectProblem(HttpStatus.BAD_REQUEST, () -> mecc.recordMeccConversation(new MeccConversationRequest(
                LocalDate.now().plusDays(1), "spaceship", List.of("alcohol", "astrology"), MeccLevel.BRIEF_ADVICE, MeccAction.SIGNPOSTED),
                null));
        assertThat(bad.getErrors()).extracting(FieldError::getField).containsExactlyInAnyOrder("held_on", "setting", "topics[1]",
                "signposted_service_id");
        Problem unknownService = expectProblem(HttpStatus.BAD_REQUEST, () -> mecc.recordMeccConversation(new MeccConversationRequest(
                LocalDate.now(), "pharmacy", List.of("alcohol"), MeccLevel.BRIEF_ADVICE, MeccAction.SIGNPOSTED)
                .signpostedServiceId(UUID.randomUUID()), null));
        assertThat(unknownService.getErrors()).extracting(FieldError::getField).containsExactly("signposted_service_id");

        users.actAs(Role.LINK_WORKER);
        Problem noPermission = expectProblem(HttpStatus.FORBIDDEN, () -> mecc.recordMeccConversation(new MeccConversationRequest(
                LocalDate.now(), "pharmacy", List.of("alcohol"), MeccLevel.BRIEF_ADVICE, MeccAction.INFORMATION_GIVEN), null));
        assertThat(noPermission.getDetail()).contains("MECC permission");
    }

    @Test
    void aConversationNamesAResidentOnlyWithTheirConsentAndTheLinkIsAudited() {
        Team team = sp.team();
        String linkWorker = practitioner(team.linkWorker());
        act(linkWorker);
        Resident resident = sp.resident("Uma", "Mecc", List.of());
        MeccConversationRequest named = new MeccConversationRequest(LocalDate.now(), "gp_practice", List.of("alcohol"),
                MeccLevel.BRIEF_INTERVENTION, MeccAction.REFERRED).residentId(resident.getId());

        Problem noConsent = expectProblem(HttpStatus.BAD_REQUEST, () -> mecc.recordMeccConversation(named, DIRECT_CARE));
        assertThat(noConsent.getErrors()).extracting(FieldError::getField).containsExactly("resident_consented");
        Problem noPurpose = expectProblem(HttpStatus.BAD_REQUEST, () -> mecc.recordMeccConversation(named.residentConsented(true), null));
        assertThat(noPurpose.getErrors()).extracting(FieldError::getField).containsExactly("X-Purpose-Of-Use");
        MeccConversation saved = mecc.recordMeccConversation(named.residentConsented(true), DIRECT_CARE).body();
        assertThat(saved.getAnonymous()).isFalse();

        users.actAs(Role.ADMIN);
        assertThat(audit.listAuditLog(resident.getId(), 1, 50).getItems())
                .anySatisfy(e -> assertThat(e.getResourceType()).isEqualTo("mecc_conversation"));
    }

    @Test
    void reportsCountByTopicAndMonthAndWithholdSmallNumbersSoNoneCanBeWorkedOut() {
        String practitioner = practitioner(users.create(Role.COORDINATOR));
        act(practitioner);
        // January and February of a year nobody else records in
        int year = 1990 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 20);
        record(LocalDate.of(year, 1, 10), "smoking", 7);
        record(LocalDate.of(year, 1, 11), "alcohol", 3);
        record(LocalDate.of(year, 1, 12), "money", 6);
        record(LocalDate.of(year, 2, 3), "smoking", 8);
        record(LocalDate.of(year, 2, 4), "alcohol", 9);
        record(LocalDate.of(year, 2, 5), "money", 5);

        users.actAs(Role.EVALUATOR);
        MeccReport byTopic = mecc.meccReport(MeccDimension.TOPIC, null, year + "-01", year + "-02");
        assertThat(byTopic.getThreshold()).isEqualTo(5);
        assertThat(byTopic.getFrom()).isEqualTo(LocalDate.of(year, 1, 1));
        assertThat(byTopic.getTo()).isEqualTo(java.time.YearMonth.of(year, 2).atEndOfMonth());
        assertThat(count(byTopic, "smoking")).as("15, perturbed by the cell key of its conversations")
                .isEqualTo(perturbation.count(15, cellKey(year, "smoking")));
        assertThat(count(byTopic, "alcohol")).isEqualTo(perturbation.count(12, cellKey(year, "alcohol")));
        assertThat(byTopic.getGrandTotal().getCount()).isEqualTo(perturbation.count(38, cellKey(year, null))).isBetween(36L, 40L);
        assertThat(mecc.meccReport(MeccDimension.TOPIC, null, year + "-Q1", year + "-Q1")).as("the same cells, the same noise")
                .satisfies(q -> assertThat(count(q, "smoking")).isEqualTo(count(byTopic, "smoking")));
        Problem day = expectProblem(HttpStatus.BAD_REQUEST, () -> mecc.meccReport(MeccDimension.TOPIC, null, year + "-02-01",
                year + "-02-28"));
        assertThat(day.getErrors()).extracting(FieldError::getField).containsExactly("from", "to");
        assertThat(database.count("SELECT COUNT(*) FROM audit_log WHERE resource_type = 'mecc_report' AND reason = ?",
                "mecc report by topic, " + year + "-01-01 to " + java.time.YearMonth.of(year, 2).atEndOfMonth())).as("every report is audited")
                .isEqualTo(1);
        assertThat(row(byTopic, "housing").getTotal().getSuppressed()).as("zeros are withheld, as in evaluation exports").isTrue();

        MeccReport table = mecc.meccReport(MeccDimension.TOPIC, MeccDimension.MONTH, year + "-01", year + "-02");
        assertThat(table.getColumnKeys()).containsExactly(year + "-01", year + "-02");
        MeccReportRow alcohol = row(table, "alcohol");
        assertThat(alcohol.getCells().get(0).getSuppressed()).as("3 is under 5").isTrue();
        assertThat(alcohol.getCells().get(0).getCount()).isNull();
        assertNothingSmallIsPublishedAndNoWithheldCellIsAlone(table);
        assertThat(row(table, "smoking").getTotal().getCount()).isEqualTo(count(byTopic, "smoking"));

        users.actAs(Role.LINK_WORKER);
        expectProblem(HttpStatus.FORBIDDEN, () -> mecc.meccReport(MeccDimension.LEVEL, null, null, null));
        users.actAs(Role.EVALUATOR);
        Problem same = expectProblem(HttpStatus.BAD_REQUEST, () -> mecc.meccReport(MeccDimension.LEVEL, MeccDimension.LEVEL, null, null));
        assertThat(same.getErrors()).extracting(FieldError::getField).containsExactly("columns");
    }

    private static void assertNothingSmallIsPublishedAndNoWithheldCellIsAlone(MeccReport table) {
        List<List<MeccCount>> grid = new ArrayList<>();
        for (MeccReportRow row : table.getRows()) {
            List<MeccCount> line = new ArrayList<>(row.getCells());
            line.add(row.getTotal());
            grid.add(line);
        }
        List<MeccCount> totals = new ArrayList<>(table.getColumnTotals());
        totals.add(table.getGrandTotal());
        grid.add(totals);
        for (List<MeccCount> line : grid) {
            assertThat(line).noneSatisfy(c -> assertThat(c.getCount()).isBetween(0L, 4L));
            assertThat(line.stream().filter(MeccCount::getSuppressed).count()).isNotEqualTo(1L);
        }
        for (int c = 0; c < grid.get(0).size(); c++) {
            int column = c;
            assertThat(grid.stream().filter(line -> line.get(column).getSuppressed()).count()).isNotEqualTo(1L);
        }
    }

    private void record(LocalDate day, String topic, int times) {
        for (int i = 0; i < times; i++) {
            mecc.recordMeccConversation(new MeccConversationRequest(day, "pharmacy", List.of(topic), MeccLevel.VERY_BRIEF_ADVICE,
                    MeccAction.INFORMATION_GIVEN), null);
        }
    }

    /** The cell key of a year's conversations about a topic (any topic: null), from their stored record keys. */
    private org.signpost.evaluation.model.CellKey cellKey(int year, String topic) {
        return org.signpost.evaluation.model.CellKey.ofSum(database.count("SELECT COALESCE(SUM(m.record_key), 0) FROM mecc_conversation m"
                + " JOIN mecc_conversation_topic t ON t.conversation_id = m.id WHERE YEAR(m.held_on) = ? AND (? IS NULL OR t.topic = ?)",
                year, topic, topic));
    }

    private static Long count(MeccReport report, String key) {
        return row(report, key).getTotal().getCount();
    }

    private static MeccReportRow row(MeccReport report, String key) {
        return report.getRows().stream().filter(r -> r.getKey().equals(key)).findFirst().orElseThrow();
    }

    private String practitioner(String username) {
        users.actAs(Role.ADMIN);
        mecc.setMeccPractitioner(new MeccPractitionerRequest(username, true));
        return username;
    }

    private void act(String username) {
        Bearer.use(users.signIn(username).getAccessToken());
    }
}
