package org.signpost.people.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.signpost.contract.model.Scheme;
import org.signpost.contract.model.SchemeMember;
import org.signpost.contract.model.SchemeRequest;
import org.signpost.contract.model.UsernameRequest;
import org.signpost.contract.server.SchemesApi;
import org.signpost.people.application.Schemes;
import org.signpost.security.web.CurrentActor;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SchemesController implements SchemesApi {

    private final Schemes schemes;
    private final CurrentActor currentActor;

    SchemesController(Schemes schemes, CurrentActor currentActor) {
        this.schemes = schemes;
        this.currentActor = currentActor;
    }

    @Override
    @Secured({"ADMIN", "COORDINATOR"})
    public List<SchemeMember> listSchemeMembers(UUID schemeId) {
        return schemes.members(currentActor.get(), schemeId).stream().map(m -> new SchemeMember(m.user().id(), m.user().username(),
                m.user().roles().stream().map(r -> org.signpost.contract.model.Role.valueOf(r.name())).sorted().toList(),
                m.user().enabled(), m.addedAt().atOffset(ZoneOffset.UTC))).toList();
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<Scheme> listMySchemes() {
        return schemes.schemesWithMember(currentActor.get().userId()).stream().map(SchemesController::scheme).toList();
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<Scheme> listSchemes() {
        return schemes.all().stream().map(SchemesController::scheme).toList();
    }

    @Override
    @Secured("ADMIN")
    public HttpResponse<Scheme> createScheme(SchemeRequest body) {
        return HttpResponse.status(HttpStatus.CREATED).body(scheme(schemes.create(body.getName(), body.getOdsCode())));
    }

    // a 204 has no body, but a client sending its default Accept: application/json must not get 406
    @io.micronaut.http.annotation.Produces({"application/json", "application/problem+json"})
    @Override
    @Secured("ADMIN")
    public HttpResponse<Void> addSchemeMember(UUID schemeId, UsernameRequest body) {
        schemes.addMember(schemeId, body.getUsername());
        return HttpResponse.noContent();
    }

    // a 204 has no body, but a client sending its default Accept: application/json must not get 406
    @io.micronaut.http.annotation.Produces({"application/json", "application/problem+json"})
    @Override
    @Secured("ADMIN")
    public HttpResponse<Void> removeSchemeMember(UUID schemeId, String username) {
        schemes.removeMember(schemeId, username);
        return HttpResponse.noContent();
    }

    private static Scheme scheme(org.signpost.people.model.Scheme s) {
        return new Scheme(s.id(), s.name()).odsCode(s.odsCode());
    }
}
