package org.signpost.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.TestDirectory.as;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.SchemesApi;
import org.signpost.contract.client.UsersAdminApi;
import org.signpost.contract.model.Role;
import org.signpost.contract.model.SchemeMember;
import org.signpost.contract.model.UserAccount;
import org.signpost.contract.model.UserAccountPage;
import org.signpost.contract.model.UserCreate;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestUsers;

/** The staff console's admin user list and the coordinator's view of scheme membership. */
@MicronautTest(transactional = false)
class AdminListsUsersAndCoordinatorsSeeTheirSchemeMembersTest {

    @Inject
    UsersAdminApi admin;

    @Inject
    SchemesApi schemes;

    @Inject
    TestUsers users;

    @Inject
    @Client("signpost")
    HttpClient raw;

    @Inject
    SocialPrescribing prescribing;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void anAdminFindsUsersByNameRoleAndStateAndSeesWhoIsDisabled() {
        String tag = "listme-" + UUID.randomUUID().toString().substring(0, 8);
        users.actAs(org.signpost.security.model.Role.ADMIN);
        UUID evaluator = admin.createUser(new UserCreate(tag + "-eva@test.signpost", TestUsers.PASSWORD,
                new java.util.ArrayList<>(java.util.List.of(Role.EVALUATOR)))).body().getId();
        UUID coordinator = admin.createUser(new UserCreate(tag + "-cora@test.signpost", TestUsers.PASSWORD,
                new java.util.ArrayList<>(java.util.List.of(Role.COORDINATOR, Role.LINK_WORKER)))).body().getId();
        admin.disableUser(evaluator);

        UserAccountPage all = admin.listUsers(tag.toUpperCase(), null, null, 1, 20);
        assertThat(all.getTotalItems()).isEqualTo(2);
        assertThat(all.getItems()).extracting(UserAccount::getUsername)
                .containsExactly(tag + "-cora@test.signpost", tag + "-eva@test.signpost");
        UserAccount cora = all.getItems().get(0);
        assertThat(cora.getId()).isEqualTo(coordinator);
        assertThat(cora.getRoles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.LINK_WORKER);
        assertThat(cora.getEnabled()).isTrue();
        assertThat(all.getItems().get(1).getEnabled()).isFalse();

        assertThat(admin.listUsers(tag, Role.LINK_WORKER, null, 1, 20).getItems()).extracting(UserAccount::getId)
                .containsExactly(coordinator);
        assertThat(admin.listUsers(tag, null, false, 1, 20).getItems()).extracting(UserAccount::getId).containsExactly(evaluator);
        UserAccountPage second = admin.listUsers(tag, null, null, 2, 1);
        assertThat(second.getTotalItems()).isEqualTo(2);
        assertThat(second.getItems()).extracting(UserAccount::getId).containsExactly(evaluator);
        // a LIKE wildcard in the search text matches only itself
        assertThat(admin.listUsers(tag + "%", null, null, 1, 20).getTotalItems()).isZero();
    }

    @Test
    void onlyAnAdminListsUsers() {
        users.actAs(org.signpost.security.model.Role.COORDINATOR);
        expectProblem(HttpStatus.FORBIDDEN, () -> admin.listUsers(null, null, null, 1, 20));
    }

    @Test
    void aCoordinatorSeesTheirOwnSchemesAndTheirMembersButNoOtherScheme() {
        SocialPrescribing.Team team = prescribing.team();
        SocialPrescribing.Team other = prescribing.team();
        String token = users.signIn(team.coordinator()).getAccessToken();

        assertThat(as(token, () -> schemes.listMySchemes())).extracting(s -> s.getId()).containsExactly(team.schemeId());
        assertThat(as(token, () -> schemes.listSchemeMembers(team.schemeId()))).extracting(SchemeMember::getUsername)
                .containsExactlyInAnyOrder(team.linkWorker(), team.coordinator());
        expectProblem(HttpStatus.FORBIDDEN, () -> as(token, () -> schemes.listSchemeMembers(other.schemeId())));

        String linkWorker = users.signIn(team.linkWorker()).getAccessToken();
        expectProblem(HttpStatus.FORBIDDEN, () -> as(linkWorker, () -> schemes.listSchemeMembers(team.schemeId())));

        String admin = users.actAs(org.signpost.security.model.Role.ADMIN).getAccessToken();
        assertThat(schemes.listSchemeMembers(other.schemeId())).hasSize(2);
        assertThat(schemes.listMySchemes()).isEmpty();
        // the declarative client answers a 404 with no body; the raw response is a problem
        expectProblem(HttpStatus.NOT_FOUND, () -> raw.toBlocking().exchange(
                HttpRequest.GET("/schemes/" + UUID.randomUUID() + "/members").bearerAuth(admin)));
    }
}
