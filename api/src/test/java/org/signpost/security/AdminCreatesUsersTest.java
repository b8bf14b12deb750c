package org.signpost.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.TestDirectory.as;
import static org.signpost.testing.TestDirectory.listing;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.client.ProbesApi;
import org.signpost.contract.client.UsersAdminApi;
import org.signpost.contract.model.FieldError;
import org.signpost.contract.model.Role;
import org.signpost.contract.model.User;
import org.signpost.contract.model.UserCreate;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestDirectory;
import org.signpost.testing.TestUsers;

@MicronautTest(transactional = false)
class AdminCreatesUsersTest {

    @Inject
    UsersAdminApi admin;

    @Inject
    ProbesApi probes;

    @Inject
    DirectoryServicesApi services;

    @Inject
    TestUsers users;

    @Inject
    TestDirectory directory;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void anAdminCreatesAGroupEditorWhoEditsOnlyTheirOrganisation() {
        UUID group = directory.organisation("Herringthorpe Youth Football");
        UUID other = directory.organisation("Moorgate Quilters");
        users.actAs(org.signpost.security.model.Role.ADMIN);
        String username = "Coach-" + UUID.randomUUID() + "@Example.org";

        var created = admin.createUser(new UserCreate(username, TestUsers.PASSWORD, roles(Role.GROUP_EDITOR)).organisationId(group));

        assertThat(created.getStatus().getCode()).isEqualTo(201);
        User user = created.body();
        assertThat(user.getUsername()).isEqualTo(username.toLowerCase());
        assertThat(user.getOrganisationId()).isEqualTo(group);
        String token = users.signIn(username).getAccessToken();
        assertThat(as(token, () -> probes.groupEditorProbe()).getOrganisationId()).isEqualTo(group);
        assertThat(as(token, () -> services.createService(listing(group))).getStatus().getCode()).isEqualTo(201);
        expectProblem(HttpStatus.FORBIDDEN, () -> as(token, () -> services.createService(listing(other))));
    }

    @Test
    void aGroupEditorNeedsAKnownOrganisationAndNobodyElseHasOne() {
        UUID group = directory.organisation("Broom Valley Parents");
        users.actAs(org.signpost.security.model.Role.ADMIN);

        assertThat(field(() -> admin.createUser(new UserCreate(name(), TestUsers.PASSWORD, roles(Role.GROUP_EDITOR)))))
                .isEqualTo("organisation_id");
        assertThat(field(() -> admin.createUser(new UserCreate(name(), TestUsers.PASSWORD, roles(Role.GROUP_EDITOR))
                .organisationId(UUID.randomUUID())))).isEqualTo("organisation_id");
        assertThat(field(() -> admin.createUser(new UserCreate(name(), TestUsers.PASSWORD, roles(Role.COORDINATOR))
                .organisationId(group)))).isEqualTo("organisation_id");
        assertThat(field(() -> admin.createUser(new UserCreate(name(), "short", roles(Role.COORDINATOR))))).isEqualTo("password");
    }

    @Test
    void aTakenUsernameIsAConflictAndOnlyAnAdminCreatesUsers() {
        users.actAs(org.signpost.security.model.Role.ADMIN);
        String username = name();
        admin.createUser(new UserCreate(username, TestUsers.PASSWORD, roles(Role.LINK_WORKER)));

        expectProblem(HttpStatus.CONFLICT, () -> admin.createUser(new UserCreate(username, TestUsers.PASSWORD, roles(Role.RESIDENT))));

        users.actAs(org.signpost.security.model.Role.COORDINATOR);
        expectProblem(HttpStatus.FORBIDDEN, () -> admin.createUser(new UserCreate(name(), TestUsers.PASSWORD, roles(Role.ADMIN))));
    }

    private static String name() {
        return "user-" + UUID.randomUUID() + "@test.signpost";
    }

    private static List<Role> roles(Role role) {
        return new ArrayList<>(List.of(role));
    }

    private static String field(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        List<FieldError> errors = expectProblem(HttpStatus.BAD_REQUEST, call).getErrors();
        assertThat(errors).hasSize(1);
        return errors.get(0).getField();
    }
}
