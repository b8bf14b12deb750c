package org.signpost.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.AuthApi;
import org.signpost.contract.model.LoginRequest;
import org.signpost.contract.model.TokenResponse;
import org.signpost.security.application.DemoUsers;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestDatabase;

/** The dev environment's demo users: one per role, the password from SIGNPOST_DEMO_PASSWORD (signpost.demo.password). */
@MicronautTest(transactional = false)
@Property(name = "signpost.demo-users.enabled", value = "true")
@Property(name = "signpost.demo.password", value = "demo password for tests")
class DemoUsersTest {

    @Inject
    AuthApi auth;

    @Inject
    DemoUsers demoUsers;

    @Inject
    TestDatabase database;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void everyRoleHasADemoUserAndTheGroupEditorActsForTheFirstOrganisation() {
        database.organisation("Aaaa First Organisation " + java.util.UUID.randomUUID());
        demoUsers.onApplicationEvent(null);

        for (Role role : Role.values()) {
            TokenResponse tokens = auth.login(new LoginRequest(DemoUsers.username(role), "demo password for tests"));
            assertThat(tokens.getRoles()).extracting(Enum::name).containsExactly(role.name());
        }
        String first = database.string("SELECT id FROM organisation ORDER BY name, id LIMIT 1");
        String bound = database.string("SELECT organisation_id FROM user_account WHERE username = ?", DemoUsers.username(Role.GROUP_EDITOR));
        assertThat(bound).isNotNull();
        assertThat(database.count("SELECT COUNT(*) FROM organisation WHERE id = ?", bound)).isEqualTo(1);
        assertThat(first).isNotNull();
    }
}
