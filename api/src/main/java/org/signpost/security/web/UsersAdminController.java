package org.signpost.security.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.time.ZoneOffset;
import java.util.Optional;
import org.signpost.contract.model.User;
import org.signpost.contract.model.UserAccount;
import org.signpost.contract.model.UserAccountPage;
import org.signpost.contract.model.UserCreate;
import org.signpost.contract.model.UserRolesRequest;
import org.signpost.contract.server.UsersAdminApi;
import org.signpost.security.application.UserAdministration;
import org.signpost.security.application.UserSearch;
import org.signpost.security.model.UserFilter;
import org.signpost.security.model.Role;
import org.signpost.security.model.UserRef;
import org.signpost.security.model.UserSummary;

/** ADMIN creates, disables, enables, re-roles and signs out user accounts. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class UsersAdminController implements UsersAdminApi {

    private final CurrentActor currentActor;
    private final UserAdministration users;
    private final UserSearch search;

    UsersAdminController(CurrentActor currentActor, UserAdministration users, UserSearch search) {
        this.currentActor = currentActor;
        this.users = users;
        this.search = search;
    }

    @Override
    public UserAccountPage listUsers(String q, org.signpost.contract.model.Role role, Boolean enabled, Integer page, Integer perPage) {
        int p = page == null ? 1 : page;
        int s = perPage == null ? 20 : perPage;
        UserFilter filter = new UserFilter(Optional.ofNullable(q).map(String::trim).filter(t -> !t.isEmpty()),
                Optional.ofNullable(role).map(r -> Role.valueOf(r.name())), Optional.ofNullable(enabled));
        UserSearch.Page found = search.page(currentActor.get(), filter, p, s);
        return new UserAccountPage(found.users().stream().map(UsersAdminController::account).toList(), found.total(), p, s);
    }

    private static UserAccount account(UserSummary u) {
        UserAccount account = new UserAccount(u.id(), u.username(),
                u.roles().stream().map(r -> org.signpost.contract.model.Role.valueOf(r.name())).sorted().toList(), u.enabled(),
                u.createdAt().atOffset(ZoneOffset.UTC));
        u.organisationId().ifPresent(account::organisationId);
        return account;
    }

    @Override
    public HttpResponse<User> createUser(UserCreate in) {
        Set<Role> roles = roles(in.getRoles());
        UUID id = users.create(currentActor.get(), in.getUsername(), in.getPassword(), roles, in.getOrganisationId());
        User user = new User(id, in.getUsername().trim().toLowerCase(java.util.Locale.ROOT),
                roles.stream().map(r -> org.signpost.contract.model.Role.valueOf(r.name())).sorted().toList());
        user.organisationId(in.getOrganisationId());
        return HttpResponse.created(user);
    }

    // a 204 has no body, but a client sending its default Accept: application/json must not get 406
    @io.micronaut.http.annotation.Produces({"application/json", "application/problem+json"})
    @Override
    public HttpResponse<Void> disableUser(UUID userId) {
        users.disable(currentActor.get(), userId);
        return HttpResponse.noContent();
    }

    // a 204 has no body, but a client sending its default Accept: application/json must not get 406
    @io.micronaut.http.annotation.Produces({"application/json", "application/problem+json"})
    @Override
    public HttpResponse<Void> enableUser(UUID userId) {
        users.enable(currentActor.get(), userId);
        return HttpResponse.noContent();
    }

    @Override
    public User setUserRoles(UUID userId, UserRolesRequest in) {
        UserRef changed = users.setRoles(currentActor.get(), userId, roles(in.getRoles()), in.getOrganisationId());
        User user = new User(changed.id(), changed.username(),
                changed.roles().stream().map(r -> org.signpost.contract.model.Role.valueOf(r.name())).sorted().toList());
        changed.organisationId().ifPresent(user::organisationId);
        return user;
    }

    // a 204 has no body, but a client sending its default Accept: application/json must not get 406
    @io.micronaut.http.annotation.Produces({"application/json", "application/problem+json"})
    @Override
    public HttpResponse<Void> signOutUser(UUID userId) {
        users.signOut(currentActor.get(), userId);
        return HttpResponse.noContent();
    }

    private static Set<Role> roles(List<org.signpost.contract.model.Role> in) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        in.forEach(role -> roles.add(Role.valueOf(role.name())));
        return roles;
    }
}
