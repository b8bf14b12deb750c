package org.signpost.security.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.signpost.contract.model.User;
import org.signpost.contract.model.UserCreate;
import org.signpost.contract.server.UsersAdminApi;
import org.signpost.security.application.UserAdministration;
import org.signpost.security.model.Role;

/** ADMIN creates user accounts. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class UsersAdminController implements UsersAdminApi {

    private final CurrentActor currentActor;
    private final UserAdministration users;

    UsersAdminController(CurrentActor currentActor, UserAdministration users) {
        this.currentActor = currentActor;
        this.users = users;
    }

    @Override
    public HttpResponse<User> createUser(UserCreate in) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        in.getRoles().forEach(role -> roles.add(Role.valueOf(role.name())));
        UUID id = users.create(currentActor.get(), in.getUsername(), in.getPassword(), roles, in.getOrganisationId());
        User user = new User(id, in.getUsername().trim().toLowerCase(java.util.Locale.ROOT),
                roles.stream().map(r -> org.signpost.contract.model.Role.valueOf(r.name())).sorted().toList());
        user.organisationId(in.getOrganisationId());
        return HttpResponse.created(user);
    }
}
