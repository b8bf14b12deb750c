package org.signpost.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.AuditApi;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.client.ResidentSelfServiceApi;
import org.signpost.contract.client.ResidentsApi;
import org.signpost.contract.client.SchemesApi;
import org.signpost.contract.model.AuditEntry;
import org.signpost.contract.model.AuditEntryOutcome;
import org.signpost.contract.model.ContactDetails;
import org.signpost.contract.model.ContactMethod;
import org.signpost.contract.model.ContactPreference;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.MyReferrals;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.PurposeOfUse;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.SchemeRequest;
import org.signpost.contract.model.SelfReferral;
import org.signpost.contract.model.UsernameRequest;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Group;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/**
 * Least privilege on a resident's record, and the audit trail: who may read it (staff of the
 * scheme, the resident), who may not (a group, staff of another scheme), the purpose every read
 * must state, and the log of every attempt, allowed or not, which nobody can change.
 */
@MicronautTest(transactional = false)
class PersonalDataAccessTest {

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @Inject
    ResidentsApi residents;

    @Inject
    ResidentSelfServiceApi me;

    @Inject
    EpisodesApi episodes;

    @Inject
    SchemesApi schemes;

    @Inject
    AuditApi audit;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aGroupNeverReadsAResidentRecordAndTheAttemptIsAudited() {
        Team team = sp.team();
        Group group = sp.group("Curious Group", null);
        act(team.linkWorker());
        Resident resident = sp.resident("Gwen", "Private", List.of(SocialPrescribing.shareWith(group.organisationId())));

        act(group.editor());
        Problem refused = expectProblem(HttpStatus.FORBIDDEN, () -> residents.getResident(resident.getId(), "REFERRAL_MANAGEMENT"));
        assertThat(refused.getDetail()).contains("never reads a resident record");

        AuditEntry entry = entries(resident).stream().filter(e -> e.getActorUsername().equals(group.editor())).findFirst().orElseThrow();
        assertThat(entry.getOutcome()).isEqualTo(AuditEntryOutcome.DENIED);
        assertThat(entry.getAction().getValue()).isEqualTo("read");
        assertThat(entry.getResourceType()).isEqualTo("resident");
        assertThat(entry.getPurpose()).isEqualTo(PurposeOfUse.REFERRAL_MANAGEMENT);
        assertThat(entry.getActorRoles()).containsExactly(org.signpost.contract.model.Role.GROUP_EDITOR);
    }

    @Test
    void aReadWithoutAPurposeIsRefusedNamingTheHeaderAndAudited() {
        Team team = sp.team();
        act(team.linkWorker());
        Resident resident = sp.resident("Hal", "Nopurpose", List.of());

        Problem none = expectProblem(HttpStatus.BAD_REQUEST, () -> residents.getResident(resident.getId(), null));
        assertThat(none.getErrors()).extracting(e -> e.getField()).containsExactly("X-Purpose-Of-Use");
        Problem unknown = expectProblem(HttpStatus.BAD_REQUEST, () -> residents.getResident(resident.getId(), "CURIOSITY"));
        assertThat(unknown.getErrors()).extracting(e -> e.getField()).containsExactly("X-Purpose-Of-Use");
        Problem notMine = expectProblem(HttpStatus.FORBIDDEN, () -> residents.getResident(resident.getId(), "RESIDENT_OWN_ACCESS"));
        assertThat(notMine.getDetail()).contains("RESIDENT_OWN_ACCESS");

        assertThat(entries(resident)).filteredOn(e -> e.getActorUsername().equals(team.linkWorker()) && e.getAction().getValue().equals("read"))
                .extracting(AuditEntry::getOutcome, AuditEntry::getReason)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditEntryOutcome.DENIED, "no purpose stated"),
                        org.assertj.core.groups.Tuple.tuple(AuditEntryOutcome.DENIED, "unknown purpose"));
    }

    @Test
    void staffOfAnotherSchemeAreRefusedAndStaffOfTheSchemeReadWithTheirPurposeLogged() {
        Team team = sp.team();
        Team elsewhere = sp.team();
        act(team.linkWorker());
        Resident resident = sp.resident("Ivy", "Scheme", List.of());

        act(elsewhere.linkWorker());
        expectProblem(HttpStatus.FORBIDDEN, () -> residents.getResident(resident.getId(), DIRECT_CARE));
        act(team.coordinator());
        Resident read = residents.getResident(resident.getId(), "SAFEGUARDING");
        assertThat(read.getNhsNumber()).isNull();
        assertThat(read.getContact().getPhone()).isEqualTo("01632 960123");

        List<AuditEntry> log = entries(resident);
        assertThat(log).anySatisfy(e -> {
            assertThat(e.getActorUsername()).isEqualTo(team.coordinator());
            assertThat(e.getOutcome()).isEqualTo(AuditEntryOutcome.ALLOWED);
            assertThat(e.getPurpose()).isEqualTo(PurposeOfUse.SAFEGUARDING);
            assertThat(e.getFields()).contains("date_of_birth", "contact", "nhs_number");
        });
        assertThat(log).anySatisfy(e -> {
            assertThat(e.getActorUsername()).isEqualTo(elsewhere.linkWorker());
            assertThat(e.getOutcome()).isEqualTo(AuditEntryOutcome.DENIED);
        });
        assertThat(log).anySatisfy(e -> {
            assertThat(e.getActorUsername()).isEqualTo(team.linkWorker());
            assertThat(e.getAction().getValue()).isEqualTo("create");
        });
    }

    @Test
    void aResidentRefersThemselvesAndSeesTheirOwnRecordAndReferralsButNoOneElses() {
        users.actAs(Role.ADMIN);
        var scheme = schemes.createScheme(new SchemeRequest("Self-referral scheme")).body();
        String mine = users.create(Role.RESIDENT);
        act(mine);
        Episode referred = me.selfRefer(new SelfReferral(scheme.getId(), "Jo", "Self", LocalDate.of(1988, 5, 1), "s65 1ab",
                new ContactPreference(ContactMethod.TEXT), "I would like to meet people", List.of("sp-loneliness"), true)
                .contact(new ContactDetails().phone("07700 900123")).consentToEvaluation(true), "RESIDENT_OWN_ACCESS").body();
        assertThat(referred.getSource().getValue()).isEqualTo("self_referral");

        Resident own = me.getMyResidentRecord("RESIDENT_OWN_ACCESS");
        assertThat(own.getPostcode()).isEqualTo("S65 1AB");
        assertThat(own.getConsents()).extracting(c -> c.getKind().getValue()).containsExactlyInAnyOrder("contact", "pseudonymised_evaluation");
        assertThat(own.getPossibleDuplicates()).isEmpty();
        assertThat(residents.getResident(own.getId(), "RESIDENT_OWN_ACCESS").getId()).isEqualTo(own.getId());
        MyReferrals referrals = me.listMyReferrals("RESIDENT_OWN_ACCESS");
        assertThat(referrals.getEpisodes()).extracting(Episode::getId).containsExactly(referred.getId());
        expectProblem(HttpStatus.FORBIDDEN, () -> me.getMyResidentRecord(DIRECT_CARE));

        Team team = sp.team();
        act(team.linkWorker());
        Resident someoneElse = sp.resident("Kit", "Other", List.of());
        act(mine);
        expectProblem(HttpStatus.FORBIDDEN, () -> residents.getResident(someoneElse.getId(), "RESIDENT_OWN_ACCESS"));
        expectProblem(HttpStatus.FORBIDDEN, () -> episodes.getEpisode(referred.getId(), DIRECT_CARE));
        assertThat(episodes.getEpisode(referred.getId(), "RESIDENT_OWN_ACCESS").getId()).isEqualTo(referred.getId());
    }

    @Test
    void onlyAnAdminReadsTheAuditLogAndNobodyCanChangeIt() {
        users.actAs(Role.COORDINATOR);
        expectProblem(HttpStatus.FORBIDDEN, () -> audit.listAuditLog(null, 1, 10));
        users.actAs(Role.ADMIN);
        var page = audit.listAuditLog(null, 1, 5);
        assertThat(page.getItems()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(page.getTotalItems()).isPositive();

        assertThatThrownBy(() -> transactions.executeWrite(status -> jdbc.prepareStatement(
                "UPDATE audit_log SET outcome = 'allowed'", statement -> statement.executeUpdate())))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> transactions.executeWrite(status -> jdbc.prepareStatement(
                "DELETE FROM audit_log", statement -> statement.executeUpdate())))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void anAdminMakesSchemesAndMembersButOnlyOfStaff() {
        users.actAs(Role.ADMIN);
        var scheme = schemes.createScheme(new SchemeRequest("Scheme with members").odsCode("U99999")).body();
        String resident = users.create(Role.RESIDENT);
        Problem wrong = expectProblem(HttpStatus.BAD_REQUEST, () -> schemes.addSchemeMember(scheme.getId(), new UsernameRequest(resident)));
        assertThat(wrong.getErrors()).extracting(e -> e.getField()).containsExactly("username");
        assertThat(schemes.listSchemes()).anySatisfy(s -> assertThat(s.getOdsCode()).isEqualTo("U99999"));
        users.actAs(Role.LINK_WORKER);
        expectProblem(HttpStatus.FORBIDDEN, () -> schemes.createScheme(new SchemeRequest("Not mine to make")));
    }

    private List<AuditEntry> entries(Resident resident) {
        users.actAs(Role.ADMIN);
        return audit.listAuditLog(resident.getId(), 1, 100).getItems();
    }

    private void act(String username) {
        Bearer.use(users.signIn(username).getAccessToken());
    }
}
