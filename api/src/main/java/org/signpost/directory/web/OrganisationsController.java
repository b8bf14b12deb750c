package org.signpost.directory.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.UUID;
import org.signpost.contract.model.Organisation;
import org.signpost.contract.model.OrganisationInput;
import org.signpost.contract.model.OrganisationPage;
import org.signpost.contract.server.DirectoryOrganisationsApi;
import org.signpost.directory.application.Organisations;
import org.signpost.directory.model.OrganisationDetails;
import org.signpost.directory.model.OrganisationDraft;
import org.signpost.security.web.CurrentActor;

/** Organisations: coordinators and admins add them; a group editor reads and edits their own. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"GROUP_EDITOR", "COORDINATOR", "ADMIN"})
class OrganisationsController implements DirectoryOrganisationsApi {

    private final CurrentActor currentActor;
    private final Organisations organisations;

    OrganisationsController(CurrentActor currentActor, Organisations organisations) {
        this.currentActor = currentActor;
        this.organisations = organisations;
    }

    @Override
    @Secured({"GROUP_EDITOR", "COORDINATOR", "ADMIN", "LINK_WORKER"})
    public OrganisationPage listOrganisations(Integer page, Integer perPage, String q) {
        var found = organisations.list(currentActor.get(), q, Wire.page(page), Wire.perPage(perPage));
        return new OrganisationPage(found.totalItems(), found.page(), found.perPage())
                .items(Wire.mutable(found.items().stream().map(OrganisationsController::organisation).toList()));
    }

    @Override
    @Secured({"COORDINATOR", "ADMIN"})
    public HttpResponse<Organisation> createOrganisation(OrganisationInput input) {
        OrganisationDetails created = organisations.create(currentActor.get(), draft(input));
        return withETag(HttpResponse.created(organisation(created)), created).header("Location", "/directory/organisations/" + created.id());
    }

    @Override
    @Secured({"GROUP_EDITOR", "COORDINATOR", "ADMIN", "LINK_WORKER"})
    public HttpResponse<Organisation> getOrganisation(UUID organisationId) {
        OrganisationDetails found = organisations.get(currentActor.get(), organisationId);
        return withETag(HttpResponse.ok(organisation(found)), found);
    }

    @Override
    public HttpResponse<Organisation> updateOrganisation(UUID organisationId, OrganisationInput input, String ifMatch) {
        long version = ETags.required(ifMatch);
        OrganisationDetails updated = organisations.update(currentActor.get(), organisationId, version, draft(input));
        return withETag(HttpResponse.ok(organisation(updated)), updated);
    }

    private static OrganisationDraft draft(OrganisationInput in) {
        return new OrganisationDraft(in.getName(), in.getDescription(), in.getEmail(), in.getWebsite(), in.getLogo());
    }

    private static Organisation organisation(OrganisationDetails o) {
        return new Organisation(o.id(), o.name(), o.version(), Wire.time(o.createdAt()), Wire.time(o.updatedAt()))
                .description(o.description()).email(o.email()).website(o.website()).logo(o.logo());
    }

    private static MutableHttpResponse<Organisation> withETag(MutableHttpResponse<Organisation> response, OrganisationDetails o) {
        return response.header("ETag", ETags.of(o.version()));
    }
}
