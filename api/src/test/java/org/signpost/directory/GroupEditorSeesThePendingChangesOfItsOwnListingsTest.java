package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.TestDirectory.as;
import static org.signpost.testing.TestDirectory.etag;
import static org.signpost.testing.TestDirectory.inputOf;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryReviewApi;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.model.DecisionRequest;
import org.signpost.contract.model.PendingChange;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestDirectory;

/** A group can see what of its own listings waits for a coordinator, but not decide it, and never another group's. */
@MicronautTest(transactional = false)
class GroupEditorSeesThePendingChangesOfItsOwnListingsTest {

    @Inject
    DirectoryServicesApi services;

    @Inject
    DirectoryReviewApi review;

    @Inject
    TestDirectory directory;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aGroupEditorReadsTheHeldChangesOfItsListingsOnly() {
        UUID ours = directory.organisation("Thurcroft Allotments");
        UUID theirs = directory.organisation("Maltby Gardeners");
        ServiceDetail ourListing = directory.verifiedListing(ours);
        ServiceDetail theirListing = directory.verifiedListing(theirs);
        String ourEditor = directory.groupEditorOf(ours);
        as(ourEditor, () -> services.updateService(ourListing.getId(), inputOf(ourListing).name("Thurcroft Growers"),
                etag(ourListing)).body());
        as(directory.groupEditorOf(theirs), () -> services.updateService(theirListing.getId(),
                inputOf(theirListing).name("Maltby Growers"), etag(theirListing)).body());

        Bearer.use(ourEditor);
        List<PendingChange> all = review.listPendingChanges(null, 1, 100).getItems();
        List<PendingChange> one = review.listPendingChanges(ourListing.getId(), 1, 20).getItems();

        assertThat(all).extracting(PendingChange::getServiceId).containsOnly(ourListing.getId());
        assertThat(all).extracting(c -> c.getProposed().getName()).containsExactly("Thurcroft Growers");
        assertThat(one).extracting(PendingChange::getField).containsExactly("name");
        expectProblem(HttpStatus.FORBIDDEN, () -> review.listPendingChanges(theirListing.getId(), 1, 20));
        expectProblem(HttpStatus.FORBIDDEN, () -> review.approvePendingChange(one.get(0).getId(), new DecisionRequest().note("mine")));
        expectProblem(HttpStatus.FORBIDDEN, () -> review.rejectPendingChange(one.get(0).getId(), new DecisionRequest()));
        assertThat(as(directory.coordinatorToken(), () -> services.getService(ourListing.getId()).body().getName()))
                .isEqualTo(ourListing.getName());
    }
}
