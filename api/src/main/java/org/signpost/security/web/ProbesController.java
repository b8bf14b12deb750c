package org.signpost.security.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.signpost.contract.model.Identity;
import org.signpost.contract.server.ProbesApi;
import org.signpost.security.model.Actor;

/** One endpoint per role: proof that tokens, roles and the rules are wired end to end. */
@Controller
class ProbesController implements ProbesApi {

    private final CurrentActor currentActor;

    ProbesController(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Identity me() {
        return identity(currentActor.get());
    }

    @Override
    @Secured("RESIDENT")
    public Identity residentProbe() {
        return identity(currentActor.get());
    }

    @Override
    @Secured("LINK_WORKER")
    public Identity linkWorkerProbe() {
        return identity(currentActor.get());
    }

    @Override
    @Secured("COORDINATOR")
    public Identity coordinatorProbe() {
        return identity(currentActor.get());
    }

    @Override
    @Secured("GROUP_EDITOR")
    public Identity groupEditorProbe() {
        return identity(currentActor.get());
    }

    @Override
    @Secured("EVALUATOR")
    public Identity evaluatorProbe() {
        return identity(currentActor.get());
    }

    @Override
    @Secured("ADMIN")
    public Identity adminProbe() {
        return identity(currentActor.get());
    }

    private static Identity identity(Actor actor) {
        Identity identity = new Identity(actor.username(),
                actor.roles().stream().map(role -> org.signpost.contract.model.Role.valueOf(role.name())).sorted().toList());
        actor.organisationId().ifPresent(identity::organisationId);
        return identity;
    }
}
