package org.signpost.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.AccountsApi;
import org.signpost.contract.client.AuthApi;
import org.signpost.contract.client.DirectoryOrganisationsApi;
import org.signpost.contract.client.GroupAccountsApi;
import org.signpost.contract.client.GroupApprovalsApi;
import org.signpost.contract.model.ApprovalDecision;
import org.signpost.contract.model.ApprovalStatus;
import org.signpost.contract.model.EditorInvitationCreate;
import org.signpost.contract.model.EmailDomainCheckResult;
import org.signpost.contract.model.GroupClaim;
import org.signpost.contract.model.GroupClaimCreate;
import org.signpost.contract.model.GroupSignUp;
import org.signpost.contract.model.GroupSignUpCreate;
import org.signpost.contract.model.LoginRequest;
import org.signpost.contract.model.PasswordWithToken;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.Role;
import org.signpost.contract.model.TokenResponse;
import org.signpost.contract.model.TokenSubmission;
import org.signpost.security.application.UserAccounts;
import org.signpost.security.application.UserDirectory;
import org.signpost.security.model.NewUser;
import org.signpost.security.model.UserRef;
import org.signpost.testing.Bearer;
import org.signpost.indexer.DirectoryRows;
import org.signpost.testing.Mailbox;
import org.signpost.testing.Mailbox.Received;
import org.signpost.testing.TestDatabase;
import org.signpost.testing.TestUsers;

/**
 * Voluntary groups join: signing up a new organisation (nothing of it in the directory until a coordinator
 * approves), or claiming an existing listing (at once with an address at the listing's own domain, otherwise by a
 * coordinator); an editor invites fellow editors of the same organisation.
 */
@MicronautTest(transactional = false)
class VoluntaryGroupsJoinTest {

    static final String PASSWORD = "orchard lantern pebble 9";

    @Inject
    GroupAccountsApi groups;

    @Inject
    GroupApprovalsApi approvals;

    @Inject
    DirectoryOrganisationsApi organisations;

    @Inject
    AccountsApi accounts;

    @Inject
    AuthApi auth;

    @Inject
    UserAccounts userAccounts;

    @Inject
    UserDirectory userDirectory;

    @Inject
    TestUsers users;

    @Inject
    DirectoryRows directory;

    @Inject
    TestDatabase database;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aSignedUpGroupIsInTheDirectoryOnlyOnceACoordinatorApprovesAndTheApplicantEditsIt() {
        String applicant = person(Links.unique("walking.group"));
        Bearer.use(signIn(applicant).getAccessToken());
        String name = "Rother Valley Striders " + UUID.randomUUID();
        GroupSignUp signUp = groups.signUpGroup(new GroupSignUpCreate(name).website("https://striders.example.org")
                .note("We walk on Tuesdays")).body();
        assertThat(signUp.getStatus()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(signUp.getRequestedBy()).isEqualTo(applicant);
        UUID organisation = signUp.getOrganisationId();
        assertThat(database.count("SELECT COUNT(*) FROM event_outbox WHERE event_type = 'organisation.signup-requested'"
                + " AND aggregate_id = ?", organisation)).isEqualTo(1);
        // the applicant is not an editor yet, and a second sign-up while one waits is refused
        expectProblem(HttpStatus.CONFLICT, () -> groups.signUpGroup(new GroupSignUpCreate(name + " again")));

        users.actAs(org.signpost.security.model.Role.COORDINATOR);
        assertThat(approvals.listGroupSignUps(null)).extracting(GroupSignUp::getId).contains(signUp.getId());
        // what the coordinator weighs up: the applicant's address is not at the group's web domain
        GroupSignUp listed = approvals.listGroupSignUps(null).stream().filter(s -> s.getId().equals(signUp.getId())).findFirst().orElseThrow();
        assertThat(listed.getEmailDomainCheck().getResult()).isEqualTo(EmailDomainCheckResult.DIFFERS);
        assertThat(listed.getEmailDomainCheck().getWebHost()).isEqualTo("striders.example.org");
        assertNotInDirectory(organisation);

        GroupSignUp approved = approvals.approveGroupSignUp(signUp.getId(), new ApprovalDecision().note("Welcome"));
        assertThat(approved.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(organisations.getOrganisation(organisation).body().getName()).isEqualTo(name);
        expectProblem(HttpStatus.CONFLICT, () -> approvals.rejectGroupSignUp(signUp.getId(), null));

        TokenResponse editor = signIn(applicant);
        assertThat(editor.getRoles()).contains(Role.GROUP_EDITOR);
        Bearer.use(editor.getAccessToken());
        assertThat(organisations.getOrganisation(organisation).body().getName()).isEqualTo(name);
    }

    @Test
    void aRejectedSignUpCreatesNothing() {
        Bearer.use(signIn(person(Links.unique("rejected"))).getAccessToken());
        GroupSignUp signUp = groups.signUpGroup(new GroupSignUpCreate("Not a real group " + UUID.randomUUID())).body();
        users.actAs(org.signpost.security.model.Role.COORDINATOR);
        assertThat(approvals.rejectGroupSignUp(signUp.getId(), null).getStatus()).isEqualTo(ApprovalStatus.REJECTED);
        assertNotInDirectory(signUp.getOrganisationId());
        // only coordinators and admins decide
        Bearer.use(signIn(person(Links.unique("curious"))).getAccessToken());
        expectProblem(HttpStatus.FORBIDDEN, () -> approvals.listGroupSignUps(null));
    }

    @Test
    void aClaimantWithAnAddressAtTheListingsDomainIsApprovedAtOnce() {
        String domain = "striders-" + UUID.randomUUID().toString().substring(0, 8) + ".org.uk";
        Listing listing = listing("https://www." + domain + "/walks");
        String claimant = person("sam@" + domain);
        Bearer.use(signIn(claimant).getAccessToken());

        GroupClaim claim = groups.claimListing(new GroupClaimCreate(listing.service())).body();

        assertThat(claim.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(claim.getOrganisationId()).isEqualTo(listing.organisation());
        assertThat(userDirectory.byUsername(claimant).orElseThrow().organisationId()).contains(listing.organisation());
        assertThat(signIn(claimant).getRoles()).contains(Role.GROUP_EDITOR);
        assertThat(database.count("SELECT COUNT(*) FROM event_outbox WHERE event_type = 'listing.claim-requested' AND aggregate_id = ?",
                listing.service())).isZero();
    }

    @Test
    void aClaimIsProvedByALinkSentToAnAddressAtTheListingsDomain() {
        String domain = "menshed-" + UUID.randomUUID().toString().substring(0, 8) + ".org.uk";
        Listing listing = listing("https://" + domain);
        String claimant = person(Links.unique("volunteer"));
        Bearer.use(signIn(claimant).getAccessToken());

        Problem elsewhere = expectProblem(HttpStatus.BAD_REQUEST, () -> groups.claimListing(new GroupClaimCreate(listing.service())
                .proofEmail("me@gmail.com")));
        assertThat(elsewhere.getErrors()).extracting(e -> e.getField()).containsExactly("proof_email");

        String proof = "secretary@" + domain;
        GroupClaim claim = groups.claimListing(new GroupClaimCreate(listing.service()).proofEmail(proof)).body();
        assertThat(claim.getStatus()).isEqualTo(ApprovalStatus.AWAITING_EMAIL);
        Bearer.clear();

        Received mail = Mailbox.of(proof).awaitFirst();
        assertThat(mail.subject()).startsWith("Confirm your claim of ");
        String token = Links.token(mail, "/account/claim");
        assertThat(groups.confirmClaim(new TokenSubmission(token)).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(signIn(claimant).getRoles()).contains(Role.GROUP_EDITOR);
        Problem reused = expectProblem(HttpStatus.BAD_REQUEST, () -> groups.confirmClaim(new TokenSubmission(token)));
        assertThat(reused.getErrors()).extracting(e -> e.getField()).containsExactly("token");
    }

    @Test
    void anyOtherClaimWaitsForACoordinatorAndTheNewEditorInvitesAnother() {
        Listing listing = listing("https://www.facebook.com/somegroup");
        String claimant = person(Links.unique("claimant"));
        Bearer.use(signIn(claimant).getAccessToken());
        GroupClaim claim = groups.claimListing(new GroupClaimCreate(listing.service()).note("I run it")).body();
        assertThat(claim.getStatus()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(signIn(claimant).getRoles()).doesNotContain(Role.GROUP_EDITOR);
        assertThat(database.count("SELECT COUNT(*) FROM event_outbox WHERE event_type = 'listing.claim-requested' AND aggregate_id = ?",
                listing.service())).isEqualTo(1);

        users.actAs(org.signpost.security.model.Role.COORDINATOR);
        assertThat(approvals.listListingClaims(ApprovalStatus.PENDING)).extracting(GroupClaim::getId).contains(claim.getId());
        GroupClaim listed = approvals.listListingClaims(ApprovalStatus.PENDING).stream().filter(c -> c.getId().equals(claim.getId()))
                .findFirst().orElseThrow();
        assertThat(listed.getEmailDomainCheck().getResult()).as("a Facebook page proves nothing").isEqualTo(EmailDomainCheckResult.SHARED);
        assertThat(listed.getEmailDomainCheck().getSharedHost()).isEqualTo("facebook.com");
        assertThat(approvals.approveListingClaim(claim.getId(), null).getStatus()).isEqualTo(ApprovalStatus.APPROVED);

        // the new editor invites a fellow editor of the same organisation
        Bearer.use(signIn(claimant).getAccessToken());
        String fellow = Links.unique("fellow.editor");
        groups.inviteGroupEditor(new EditorInvitationCreate(fellow));
        Bearer.clear();
        Received mail = Mailbox.of(fellow).awaitFirst();
        assertThat(mail.subject()).startsWith("Help keep ").endsWith(" up to date on Signpost");
        accounts.acceptInvitation(new PasswordWithToken(Links.token(mail, "/account/invitation"), PASSWORD));
        UserRef invited = userDirectory.byUsername(fellow).orElseThrow();
        assertThat(invited.roles()).containsExactly(org.signpost.security.model.Role.GROUP_EDITOR);
        assertThat(invited.organisationId()).contains(listing.organisation());

        // someone who edits nothing invites nobody
        Bearer.use(signIn(person(Links.unique("outsider"))).getAccessToken());
        expectProblem(HttpStatus.FORBIDDEN, () -> groups.inviteGroupEditor(new EditorInvitationCreate(Links.unique("x"))));
    }

    /** No such organisation: not in the database, and the API answers 404 (its client returns, not throws, a 404). */
    private void assertNotInDirectory(UUID organisation) {
        assertThat(database.count("SELECT COUNT(*) FROM organisation WHERE id = ?", organisation)).isZero();
        HttpResponse<?> answer;
        try {
            answer = organisations.getOrganisation(organisation);
        } catch (HttpClientResponseException e) {
            answer = e.getResponse();
        }
        assertThat(answer == null ? 404 : answer.getStatus().getCode()).isEqualTo(404);
    }

    record Listing(UUID service, UUID organisation) {
    }

    private Listing listing(String website) {
        UUID service = directory.verifiedService("Claimable walk " + UUID.randomUUID(), 53.43, -1.36);
        UUID organisation = UUID.fromString(database.string("SELECT organisation_id FROM service WHERE id = ?", service));
        database.update("UPDATE organisation SET website = ? WHERE id = ?", website, organisation);
        return new Listing(service, organisation);
    }

    private String person(String email) {
        userAccounts.create(new NewUser(email, PASSWORD, Set.of(org.signpost.security.model.Role.RESIDENT), Optional.empty()));
        return email.toLowerCase();
    }

    private TokenResponse signIn(String email) {
        return auth.login(new LoginRequest(email, PASSWORD));
    }
}
