package org.signpost.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.AuthApi;
import org.signpost.contract.client.ProbesApi;
import org.signpost.contract.client.ResidentsApi;
import org.signpost.contract.client.SchemesApi;
import org.signpost.contract.client.UsersAdminApi;
import org.signpost.contract.model.LoginRequest;
import org.signpost.contract.model.RefreshRequest;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.TokenResponse;
import org.signpost.contract.model.UserRolesRequest;
import org.signpost.security.application.UserDirectory;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.MovableClock;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestUsers;

/**
 * An admin offboards people and a user ends their own sessions; each change applies to tokens
 * already handed out, from their very next request, not when they expire.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.test.clock", value = "movable")
class OffboardingTakesEffectOnTheNextRequestTest {

    @Inject
    AuthApi auth;

    @Inject
    ProbesApi probes;

    @Inject
    UsersAdminApi usersAdmin;

    @Inject
    SchemesApi schemes;

    @Inject
    ResidentsApi residents;

    @Inject
    TestUsers users;

    @Inject
    UserDirectory directory;

    @Inject
    SocialPrescribing world;

    @Inject
    MovableClock clock;

    @AfterEach
    void cleanUp() {
        Bearer.clear();
        clock.reset();
    }

    @Test
    void aDisabledUsersTokensStopWorkingAtOnceAndTheyCannotSignIn() {
        String worker = users.create(Role.LINK_WORKER);
        TokenResponse session = users.signIn(worker);
        Bearer.use(session.getAccessToken());
        assertThat(probes.linkWorkerProbe()).isNotNull();

        users.actAs(Role.ADMIN);
        assertThat(usersAdmin.disableUser(idOf(worker)).code()).isEqualTo(204);

        Bearer.use(session.getAccessToken());
        expectProblem(HttpStatus.UNAUTHORIZED, probes::linkWorkerProbe);
        expectProblem(HttpStatus.UNAUTHORIZED, () -> auth.refreshToken(new RefreshRequest(session.getRefreshToken())));
        expectProblem(HttpStatus.UNAUTHORIZED, () -> users.signIn(worker));

        users.actAs(Role.ADMIN);
        usersAdmin.enableUser(idOf(worker));
        Bearer.use(users.signIn(worker).getAccessToken());
        assertThat(probes.linkWorkerProbe()).isNotNull();
    }

    @Test
    void aChangedRoleAppliesToTheNextRequestOfATokenIssuedBefore() {
        String worker = users.create(Role.LINK_WORKER);
        TokenResponse session = users.signIn(worker);

        users.actAs(Role.ADMIN);
        usersAdmin.setUserRoles(idOf(worker), new UserRolesRequest(List.of(org.signpost.contract.model.Role.COORDINATOR)));

        Bearer.use(session.getAccessToken());
        expectProblem(HttpStatus.FORBIDDEN, probes::linkWorkerProbe);
        assertThat(probes.coordinatorProbe().getRoles()).containsExactly(org.signpost.contract.model.Role.COORDINATOR);
    }

    @Test
    void aMemberRemovedFromASchemeNoLongerSeesItsResidents() {
        SocialPrescribing.Team team = world.team();
        TokenResponse worker = users.signIn(team.linkWorker());
        Bearer.use(worker.getAccessToken());
        Resident resident = world.resident("Ada", "Leaver", List.of());
        assertThat(residents.getResident(resident.getId(), DIRECT_CARE).getFamilyName()).isEqualTo("Leaver");

        users.actAs(Role.ADMIN);
        assertThat(schemes.removeSchemeMember(team.schemeId(), team.linkWorker()).code()).isEqualTo(204);

        Bearer.use(worker.getAccessToken());
        // refused: 403, or 404 where the service does not confirm that a record exists
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
                () -> residents.getResident(resident.getId(), DIRECT_CARE));
        assertThat(refused).isNotNull();
        assertThat(refused.getStatus().getCode()).isIn(403, 404);
    }

    @Test
    void signingOutEndsThisSignInAndSigningOutEverywhereEndsTheOthers() {
        String username = users.create(Role.EVALUATOR);
        TokenResponse phone = users.signIn(username);
        TokenResponse laptop = users.signIn(username);
        TokenResponse tablet = users.signIn(username);

        Bearer.use(phone.getAccessToken());
        assertThat(auth.logout().code()).isEqualTo(204);
        expectProblem(HttpStatus.UNAUTHORIZED, probes::evaluatorProbe);
        expectProblem(HttpStatus.UNAUTHORIZED, () -> auth.refreshToken(new RefreshRequest(phone.getRefreshToken())));
        Bearer.use(laptop.getAccessToken());
        assertThat(probes.evaluatorProbe()).isNotNull();

        assertThat(auth.logoutEverywhere().code()).isEqualTo(204);
        expectProblem(HttpStatus.UNAUTHORIZED, probes::evaluatorProbe);
        Bearer.use(tablet.getAccessToken());
        expectProblem(HttpStatus.UNAUTHORIZED, probes::evaluatorProbe);
        expectProblem(HttpStatus.UNAUTHORIZED, () -> auth.refreshToken(new RefreshRequest(tablet.getRefreshToken())));
    }

    @Test
    void anAdminSignsAUserOutEverywhereWithoutDisablingThem() {
        String username = users.create(Role.COORDINATOR);
        TokenResponse lostPhone = users.signIn(username);

        users.actAs(Role.ADMIN);
        assertThat(usersAdmin.signOutUser(idOf(username)).code()).isEqualTo(204);

        Bearer.use(lostPhone.getAccessToken());
        expectProblem(HttpStatus.UNAUTHORIZED, probes::coordinatorProbe);
        Bearer.use(users.signIn(username).getAccessToken());
        assertThat(probes.coordinatorProbe()).isNotNull();
    }

    @Test
    void aReplayedRefreshTokenAlsoEndsTheAccessTokensOfThatSignIn() {
        TokenResponse first = users.signIn(users.create(Role.COORDINATOR));
        TokenResponse second = auth.refreshToken(new RefreshRequest(first.getRefreshToken()));
        Bearer.use(second.getAccessToken());
        assertThat(probes.coordinatorProbe()).isNotNull();

        expectProblem(HttpStatus.UNAUTHORIZED, () -> auth.refreshToken(new RefreshRequest(first.getRefreshToken())));

        expectProblem(HttpStatus.UNAUTHORIZED, probes::coordinatorProbe);
        Bearer.use(first.getAccessToken());
        expectProblem(HttpStatus.UNAUTHORIZED, probes::coordinatorProbe);
    }

    @Test
    void refreshingDoesNotExtendASignInBeyondTwelveHours() {
        TokenResponse tokens = users.signIn(users.create(Role.LINK_WORKER));
        for (int hour = 0; hour < 11; hour++) {
            clock.advance(Duration.ofHours(1));
            tokens = auth.refreshToken(new RefreshRequest(tokens.getRefreshToken()));
        }
        Bearer.use(tokens.getAccessToken());
        assertThat(probes.linkWorkerProbe()).isNotNull();

        clock.advance(Duration.ofMinutes(61));

        String last = tokens.getRefreshToken();
        expectProblem(HttpStatus.UNAUTHORIZED, () -> auth.refreshToken(new RefreshRequest(last)));
        expectProblem(HttpStatus.UNAUTHORIZED, probes::linkWorkerProbe);
    }

    @Test
    void onlyAnAdminOffboardsAndAnAdminCannotLockThemselvesOut() {
        String worker = users.create(Role.LINK_WORKER);
        users.actAs(Role.COORDINATOR);
        expectProblem(HttpStatus.FORBIDDEN, () -> usersAdmin.disableUser(idOf(worker)));
        expectProblem(HttpStatus.FORBIDDEN, () -> usersAdmin.signOutUser(idOf(worker)));

        String admin = users.create(Role.ADMIN);
        Bearer.use(users.signIn(admin).getAccessToken());
        expectProblem(HttpStatus.CONFLICT, () -> usersAdmin.disableUser(idOf(admin)));
        expectProblem(HttpStatus.CONFLICT, () -> usersAdmin.setUserRoles(idOf(admin),
                new UserRolesRequest(List.of(org.signpost.contract.model.Role.COORDINATOR))));
        // (the declarative client hands a 404 back rather than throwing when the operation answers HttpResponse)
        assertThat(usersAdmin.disableUser(UUID.randomUUID()).code()).isEqualTo(404);
        expectProblem(HttpStatus.BAD_REQUEST, () -> usersAdmin.setUserRoles(idOf(worker),
                new UserRolesRequest(List.of(org.signpost.contract.model.Role.GROUP_EDITOR))));
    }

    private UUID idOf(String username) {
        return directory.byUsername(username).orElseThrow().id();
    }
}
