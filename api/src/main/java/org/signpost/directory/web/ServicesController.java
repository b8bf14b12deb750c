package org.signpost.directory.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.Locale;
import java.util.UUID;
import org.signpost.contract.model.HistoryPage;
import org.signpost.contract.model.RestoreRequest;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.contract.model.ServiceInput;
import org.signpost.contract.model.ServicePage;
import org.signpost.contract.server.DirectoryServicesApi;
import org.signpost.directory.application.ListingEditor;
import org.signpost.directory.application.ListingLifecycle;
import org.signpost.directory.application.ListingReader;
import org.signpost.directory.model.ServiceListing;
import org.signpost.directory.model.Verification;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.security.model.Actor;
import org.signpost.security.web.CurrentActor;

/** Listings for groups, coordinators and admins (and read-only for link workers). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"GROUP_EDITOR", "COORDINATOR", "ADMIN"})
class ServicesController implements DirectoryServicesApi {

    private final CurrentActor currentActor;
    private final ListingEditor editor;
    private final ListingLifecycle lifecycle;
    private final ListingReader reader;

    ServicesController(CurrentActor currentActor, ListingEditor editor, ListingLifecycle lifecycle, ListingReader reader) {
        this.currentActor = currentActor;
        this.editor = editor;
        this.lifecycle = lifecycle;
        this.reader = reader;
    }

    @Override
    @Secured({"GROUP_EDITOR", "COORDINATOR", "ADMIN", "LINK_WORKER"})
    public ServicePage listServices(UUID organisationId, String verification, Boolean includeDeleted, Integer page, Integer perPage) {
        Actor actor = currentActor.get();
        var found = reader.list(actor, organisationId, verification(verification), Boolean.TRUE.equals(includeDeleted),
                Wire.page(page), Wire.perPage(perPage));
        return new ServicePage(found.totalItems(), found.page(), found.perPage())
                .items(Wire.mutable(found.items().stream().map(s -> ReviewMapper.summary(s, reader)).toList()));
    }

    @Override
    public HttpResponse<ServiceDetail> createService(ServiceInput serviceInput) {
        Actor actor = currentActor.get();
        ServiceListing created = editor.create(actor, ListingInputMapper.draft(serviceInput));
        return withETag(HttpResponse.created(ListingOutputMapper.detail(reader.view(actor, created))), created)
                .header("Location", "/directory/services/" + created.id());
    }

    @Override
    @Secured({"GROUP_EDITOR", "COORDINATOR", "ADMIN", "LINK_WORKER"})
    public HttpResponse<ServiceDetail> getService(UUID serviceId) {
        return ok(reader.get(currentActor.get(), serviceId));
    }

    @Override
    public HttpResponse<ServiceDetail> updateService(UUID serviceId, ServiceInput serviceInput, String ifMatch) {
        long version = ETags.required(ifMatch);
        Actor actor = currentActor.get();
        return ok(reader.view(actor, editor.update(actor, serviceId, version, ListingInputMapper.draft(serviceInput))));
    }

    // a 204 has no body, but a client sending its default Accept: application/json must not get 406
    @io.micronaut.http.annotation.Produces({"application/json", "application/problem+json"})
    @Override
    public HttpResponse<Void> deleteService(UUID serviceId, String ifMatch) {
        long version = ETags.required(ifMatch);
        lifecycle.delete(currentActor.get(), serviceId, version);
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<ServiceDetail> verifyService(UUID serviceId, String ifMatch) {
        long version = ETags.required(ifMatch);
        Actor actor = currentActor.get();
        return ok(reader.view(actor, lifecycle.verify(actor, serviceId, version)));
    }

    @Override
    public HttpResponse<ServiceDetail> confirmService(UUID serviceId, String ifMatch) {
        long version = ETags.required(ifMatch);
        Actor actor = currentActor.get();
        return ok(reader.view(actor, lifecycle.confirm(actor, serviceId, version)));
    }

    @Override
    public HistoryPage listServiceHistory(UUID serviceId, Integer page, Integer perPage) {
        var found = reader.history(currentActor.get(), serviceId, Wire.page(page), Wire.perPage(perPage));
        return new HistoryPage(found.totalItems(), found.page(), found.perPage())
                .items(Wire.mutable(found.items().stream().map(ReviewMapper::history).toList()));
    }

    @Override
    public HttpResponse<ServiceDetail> restoreService(UUID serviceId, RestoreRequest restoreRequest, String ifMatch) {
        long version = ETags.required(ifMatch);
        Actor actor = currentActor.get();
        return ok(reader.view(actor, editor.restore(actor, serviceId, version, restoreRequest.getVersion())));
    }

    private static HttpResponse<ServiceDetail> ok(ListingReader.ListingView view) {
        return withETag(HttpResponse.ok(ListingOutputMapper.detail(view)), view.listing());
    }

    private static io.micronaut.http.MutableHttpResponse<ServiceDetail> withETag(io.micronaut.http.MutableHttpResponse<ServiceDetail> response,
            ServiceListing listing) {
        return response.header("ETag", ETags.of(listing.version()));
    }

    private static Verification verification(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Verification.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("verification", "must be draft or verified");
        }
    }
}
