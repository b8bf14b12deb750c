package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.TestDirectory.as;
import static org.signpost.testing.TestDirectory.etag;
import static org.signpost.testing.TestDirectory.inputOf;
import static org.signpost.testing.TestDirectory.listing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryOrganisationsApi;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.model.OrganisationInput;
import org.signpost.contract.model.RestoreRequest;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestDirectory;

@MicronautTest(transactional = false)
class GroupEditorCannotEditAnotherGroupsListingTest {

    @Inject
    DirectoryServicesApi services;

    @Inject
    DirectoryOrganisationsApi organisations;

    @Inject
    TestDirectory directory;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aGroupEditsItsOwnListing() {
        UUID ramblers = directory.organisation("Rotherham Ramblers");
        Bearer.use(directory.groupEditorOf(ramblers));

        HttpResponse<ServiceDetail> created = services.createService(listing(ramblers));

        assertThat(created.getStatus().getCode()).isEqualTo(201);
        assertThat(TestDirectory.etagOf(created)).isEqualTo("\"1\"");
        ServiceDetail draft = created.body();
        assertThat(draft.getVerification()).isEqualTo("draft");
        assertThat(draft.getLocations().get(0).getPostalCode()).isEqualTo("S65 2AA");
        assertThat(draft.getSchedules().get(0).getByday()).isEqualTo("2TU");
        assertThat(draft.getSchedules().get(0).getLocationIndex()).isZero();
        assertThat(draft.getTaxonomyTerms()).extracting(t -> t.getCode()).containsExactly("sp-walking-groups");

        HttpResponse<ServiceDetail> updated = services.updateService(draft.getId(), inputOf(draft).name("Tuesday Health Walk (long route)"),
                TestDirectory.etagOf(created));

        assertThat(updated.body().getName()).isEqualTo("Tuesday Health Walk (long route)");
        assertThat(TestDirectory.etagOf(updated)).isEqualTo("\"2\"");
        assertThat(services.getService(draft.getId()).body().getName()).isEqualTo("Tuesday Health Walk (long route)");
    }

    @Test
    void aGroupEditorIsForbiddenEverythingOnAnotherGroupsListing() {
        UUID ours = directory.organisation("Maltby Men's Shed");
        UUID theirs = directory.organisation("Wath Knit and Natter");
        ServiceDetail their = as(directory.groupEditorOf(theirs), () -> services.createService(listing(theirs)).body());
        ServiceDetail mine = as(directory.groupEditorOf(ours), () -> services.createService(listing(ours)).body());
        Bearer.use(directory.groupEditorOf(ours));

        expectProblem(HttpStatus.FORBIDDEN, () -> services.getService(their.getId()));
        expectProblem(HttpStatus.FORBIDDEN, () -> services.updateService(their.getId(), inputOf(their).name("Hijacked"), etag(their)));
        expectProblem(HttpStatus.FORBIDDEN, () -> services.deleteService(their.getId(), etag(their)));
        expectProblem(HttpStatus.FORBIDDEN, () -> services.confirmService(their.getId(), etag(their)));
        expectProblem(HttpStatus.FORBIDDEN, () -> services.verifyService(their.getId(), etag(their)));
        expectProblem(HttpStatus.FORBIDDEN, () -> services.listServiceHistory(their.getId(), 1, 20));
        expectProblem(HttpStatus.FORBIDDEN, () -> services.restoreService(their.getId(), new RestoreRequest(1L), etag(their)));
        expectProblem(HttpStatus.FORBIDDEN, () -> services.createService(listing(theirs)));
        expectProblem(HttpStatus.FORBIDDEN, () -> services.listServices(theirs, null, false, 1, 20));
        expectProblem(HttpStatus.FORBIDDEN, () -> organisations.getOrganisation(theirs));
        expectProblem(HttpStatus.FORBIDDEN, () -> organisations.updateOrganisation(theirs, new OrganisationInput("Renamed"), "\"1\""));
        // nor move their own listing into the other organisation
        expectProblem(HttpStatus.FORBIDDEN, () -> services.updateService(mine.getId(), inputOf(mine).organisationId(theirs), etag(mine)));

        ServiceDetail untouched = as(directory.coordinatorToken(), () -> services.getService(their.getId()).body());
        assertThat(untouched.getVersion()).isEqualTo(1L);
        assertThat(untouched.getName()).isEqualTo(their.getName());
        assertThat(untouched.getDeletedAt()).isNull();
        assertThat(services.listServices(null, null, false, 1, 100).getItems()).extracting(s -> s.getOrganisationId())
                .containsOnly(ours);
    }

    @Test
    void aCoordinatorMayEditAnyGroupsListing() {
        UUID group = directory.organisation("Dinnington Community Cafe");
        ServiceDetail theirs = as(directory.groupEditorOf(group), () -> services.createService(listing(group)).body());
        Bearer.use(directory.coordinatorToken());

        ServiceDetail edited = services.updateService(theirs.getId(), inputOf(theirs).name("Community Cafe Walk"), etag(theirs)).body();

        assertThat(edited.getName()).isEqualTo("Community Cafe Walk");
    }
}
