package org.signpost.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.AccountsApi;
import org.signpost.contract.client.AuthApi;
import org.signpost.contract.client.StaffInvitationsApi;
import org.signpost.contract.model.Invitation;
import org.signpost.contract.model.LoginRequest;
import org.signpost.contract.model.PasswordWithToken;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.Role;
import org.signpost.contract.model.StaffInvitationCreate;
import org.signpost.people.application.Schemes;
import org.signpost.security.application.UserDirectory;
import org.signpost.testing.Bearer;
import org.signpost.testing.Mailbox;
import org.signpost.testing.Mailbox.Received;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestUsers;

/**
 * An admin invites staff in any role; a coordinator invites only link workers, only into their own schemes. The
 * invited person chooses their password from the link and is then in the role and schemes they were invited to.
 */
@MicronautTest(transactional = false)
class StaffAreInvitedAndSetTheirOwnPasswordTest {

    static final String PASSWORD = "kettle harbour violin 7";

    @Inject
    StaffInvitationsApi invitations;

    @Inject
    AccountsApi accounts;

    @Inject
    AuthApi auth;

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing prescribing;

    @Inject
    Schemes schemes;

    @Inject
    UserDirectory directory;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void anAdminInvitesACoordinatorWhoSetsTheirPassword() {
        users.actAs(org.signpost.security.model.Role.ADMIN);
        String email = Links.unique("new.coordinator");
        Invitation invitation = invitations.inviteStaff(new StaffInvitationCreate(email, Role.COORDINATOR)).body();
        assertThat(invitation.getRole()).isEqualTo(Role.COORDINATOR);
        Bearer.clear();

        Received mail = Mailbox.of(email).awaitFirst();
        assertThat(mail.subject()).isEqualTo("You have been invited to use Signpost");
        String token = Links.token(mail, "/account/invitation");
        expectProblem(HttpStatus.UNAUTHORIZED, () -> auth.login(new LoginRequest(email, PASSWORD)));

        Problem weak = expectProblem(HttpStatus.BAD_REQUEST, () -> accounts.acceptInvitation(new PasswordWithToken(token, "short")));
        assertThat(weak.getErrors()).extracting(e -> e.getField()).containsExactly("password");
        assertThat(accounts.acceptInvitation(new PasswordWithToken(token, PASSWORD)).getStatus().getCode()).isEqualTo(204);

        assertThat(auth.login(new LoginRequest(email, PASSWORD)).getRoles()).containsExactly(Role.COORDINATOR);
        Problem reused = expectProblem(HttpStatus.BAD_REQUEST, () -> accounts.acceptInvitation(new PasswordWithToken(token, PASSWORD)));
        assertThat(reused.getErrors()).extracting(e -> e.getField()).containsExactly("token");
    }

    @Test
    void aCoordinatorInvitesLinkWorkersOnlyIntoTheirOwnSchemes() {
        SocialPrescribing.Team ours = prescribing.team();
        SocialPrescribing.Team theirs = prescribing.team();
        Bearer.use(users.signIn(ours.coordinator()).getAccessToken());

        String email = Links.unique("new.link.worker");
        invitations.inviteStaff(new StaffInvitationCreate(email, Role.LINK_WORKER).schemeIds(List.of(ours.schemeId())));

        expectProblem(HttpStatus.FORBIDDEN, () -> invitations.inviteStaff(new StaffInvitationCreate(Links.unique("elsewhere"),
                Role.LINK_WORKER).schemeIds(List.of(theirs.schemeId()))));
        expectProblem(HttpStatus.FORBIDDEN, () -> invitations.inviteStaff(new StaffInvitationCreate(Links.unique("peer"),
                Role.COORDINATOR).schemeIds(List.of(ours.schemeId()))));
        Problem none = expectProblem(HttpStatus.BAD_REQUEST, () -> invitations.inviteStaff(new StaffInvitationCreate(
                Links.unique("nowhere"), Role.LINK_WORKER)));
        assertThat(none.getErrors()).extracting(e -> e.getField()).containsExactly("scheme_ids");

        // a link worker invites nobody
        Bearer.use(users.signIn(ours.linkWorker()).getAccessToken());
        expectProblem(HttpStatus.FORBIDDEN, () -> invitations.inviteStaff(new StaffInvitationCreate(Links.unique("friend"),
                Role.LINK_WORKER).schemeIds(List.of(ours.schemeId()))));
        Bearer.clear();

        accounts.acceptInvitation(new PasswordWithToken(Links.token(Mailbox.of(email).awaitFirst(), "/account/invitation"), PASSWORD));
        assertThat(auth.login(new LoginRequest(email, PASSWORD)).getRoles()).containsExactly(Role.LINK_WORKER);
        UUID user = directory.byUsername(email).orElseThrow().id();
        assertThat(schemes.of(user)).containsExactly(ours.schemeId());
    }
}
