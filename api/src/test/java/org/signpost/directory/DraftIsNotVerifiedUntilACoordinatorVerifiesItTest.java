package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.TestDirectory.as;
import static org.signpost.testing.TestDirectory.etag;
import static org.signpost.testing.TestDirectory.inputOf;
import static org.signpost.testing.TestDirectory.listing;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestDirectory;
import org.signpost.testing.TestUsers;

@MicronautTest(transactional = false)
class DraftIsNotVerifiedUntilACoordinatorVerifiesItTest {

    @Inject
    DirectoryServicesApi services;

    @Inject
    TestDirectory directory;

    @Inject
    TestUsers users;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aNewListingIsADraftResidentsDoNotSeeUntilACoordinatorVerifiesIt() {
        UUID group = directory.organisation("Rawmarsh Community Choir");
        String editor = directory.groupEditorOf(group);
        ServiceDetail draft = as(editor, () -> services.createService(listing(group)).body());

        assertThat(draft.getVerification()).isEqualTo("draft");
        assertThat(draft.getResidentVisibility().getVisible()).isFalse();
        assertThat(draft.getResidentVisibility().getReason()).isEqualTo("draft");

        // the group cannot verify its own listing, however often it edits it
        ServiceDetail edited = as(editor, () -> services.updateService(draft.getId(), inputOf(draft).description("Now with harmonies."),
                etag(draft)).body());
        assertThat(edited.getVerification()).isEqualTo("draft");
        assertThat(edited.getPendingChanges()).isNullOrEmpty();
        expectProblem(HttpStatus.FORBIDDEN, () -> as(editor, () -> services.verifyService(draft.getId(), etag(edited))));
        users.actAs(Role.LINK_WORKER);
        expectProblem(HttpStatus.FORBIDDEN, () -> services.verifyService(draft.getId(), etag(edited)));
        assertThat(services.getService(draft.getId()).body().getResidentVisibility().getReason()).isEqualTo("draft");

        ServiceDetail verified = as(directory.coordinatorToken(), () -> services.verifyService(draft.getId(), etag(edited)).body());

        assertThat(verified.getVerification()).isEqualTo("verified");
        assertThat(verified.getVerifiedAt()).isNotNull();
        assertThat(verified.getAssuredDate()).isEqualTo(LocalDate.now(ZoneId.of("Europe/London")));
        assertThat(verified.getResidentVisibility().getVisible()).isTrue();
        assertThat(verified.getResidentVisibility().getReason()).isEqualTo("visible");
        assertThat(verified.getVersion()).isEqualTo(edited.getVersion() + 1);
        assertThat(as(editor, () -> services.listServices(null, "verified", false, 1, 20)).getItems())
                .extracting(s -> s.getId()).containsExactly(draft.getId());
    }

    @Test
    void verifyingTwiceIsAConflict() {
        UUID group = directory.organisation("Swinton Lock Activity Centre");
        ServiceDetail verified = directory.verifiedListing(group);

        expectProblem(HttpStatus.CONFLICT, () -> as(directory.coordinatorToken(), () -> services.verifyService(verified.getId(),
                etag(verified))));
    }

    @Test
    void aListingNotActiveIsHiddenFromResidentsEvenWhenVerified() {
        UUID group = directory.organisation("Thurcroft Miners Welfare");
        ServiceDetail verified = directory.verifiedListing(group);

        ServiceDetail closed = as(directory.coordinatorToken(), () -> services.updateService(verified.getId(),
                inputOf(verified).status("temporarily closed").alert("Closed while the hall roof is mended."), etag(verified)).body());

        assertThat(closed.getStatus()).isEqualTo("temporarily closed");
        assertThat(closed.getResidentVisibility().getVisible()).isFalse();
        assertThat(closed.getResidentVisibility().getReason()).isEqualTo("not_active");
    }
}
