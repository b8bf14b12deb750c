package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.TestDirectory.as;
import static org.signpost.testing.TestDirectory.etag;
import static org.signpost.testing.TestDirectory.inputOf;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryReviewApi;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.model.Capacity;
import org.signpost.contract.model.DecisionRequest;
import org.signpost.contract.model.PendingChange;
import org.signpost.contract.model.Schedule;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.contract.model.ServiceInput;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestDirectory;

/** Default policy: schedules, capacity, contacts and cost go live; name, description, eligibility, terms wait for a coordinator. */
@MicronautTest(transactional = false)
class HeldAndPublishedEditsFollowTheReviewPolicyTest {

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
    void aGroupsScheduleChangeGoesLiveAndItsNameChangeWaitsForACoordinator() {
        UUID group = directory.organisation("Kiveton Park Walkers");
        ServiceDetail verified = directory.verifiedListing(group);
        String editor = directory.groupEditorOf(group);
        ServiceInput edit = inputOf(verified).name("Kiveton Power Walk").capacity(new Capacity().maximum(12));
        edit.getSchedules().set(0, copy(edit.getSchedules().get(0)).byday("3WE").opensAt("13:30").closesAt("15:00"));

        ServiceDetail after = as(editor, () -> services.updateService(verified.getId(), edit, etag(verified)).body());

        assertThat(after.getSchedules().get(0).getByday()).isEqualTo("3WE");
        assertThat(after.getSchedules().get(0).getOpensAt()).isEqualTo("13:30");
        assertThat(after.getCapacity().getMaximum()).isEqualTo(12);
        assertThat(after.getCapacity().getAvailable()).as("no referral holds a place").isEqualTo(12);
        assertThat(after.getName()).isEqualTo(verified.getName());
        assertThat(after.getVerification()).isEqualTo("verified");
        assertThat(after.getPendingChanges()).extracting(PendingChange::getField).containsExactly("name");
        assertThat(after.getPendingChanges().get(0).getProposed().getName()).isEqualTo("Kiveton Power Walk");

        Bearer.use(directory.coordinatorToken());
        List<PendingChange> queue = review.listPendingChanges(verified.getId(), 1, 20).getItems();
        assertThat(queue).extracting(PendingChange::getField).containsExactly("name");

        PendingChange approved = review.approvePendingChange(queue.get(0).getId(), new DecisionRequest().note("Fine"));

        assertThat(approved.getState()).isEqualTo("approved");
        assertThat(approved.getDecisionNote()).isEqualTo("Fine");
        ServiceDetail now = services.getService(verified.getId()).body();
        assertThat(now.getName()).isEqualTo("Kiveton Power Walk");
        assertThat(now.getSchedules().get(0).getByday()).isEqualTo("3WE");
        assertThat(now.getPendingChanges()).isNullOrEmpty();
        expectProblem(HttpStatus.CONFLICT, () -> review.approvePendingChange(queue.get(0).getId(), null));
    }

    @Test
    void aRejectedChangeLeavesTheListingAsItWas() {
        UUID group = directory.organisation("Bramley Over 60s");
        ServiceDetail verified = directory.verifiedListing(group);
        String editor = directory.groupEditorOf(group);

        ServiceDetail held = as(editor, () -> services.updateService(verified.getId(),
                inputOf(verified).description("Free beer.").taxonomyTermCodes(new ArrayList<>(List.of("sp-substance-use"))),
                etag(verified)).body());

        assertThat(held.getDescription()).isEqualTo(verified.getDescription());
        assertThat(held.getTaxonomyTerms()).extracting(t -> t.getCode()).containsExactly("sp-walking-groups");
        assertThat(held.getPendingChanges()).extracting(PendingChange::getField).containsExactlyInAnyOrder("description", "terms");
        Bearer.use(directory.coordinatorToken());
        for (PendingChange change : held.getPendingChanges()) {
            assertThat(review.rejectPendingChange(change.getId(), new DecisionRequest().note("Not accurate")).getState())
                    .isEqualTo("rejected");
        }
        ServiceDetail now = services.getService(verified.getId()).body();
        assertThat(now.getDescription()).isEqualTo(verified.getDescription());
        assertThat(now.getTaxonomyTerms()).extracting(t -> t.getCode()).containsExactly("sp-walking-groups");
        assertThat(now.getPendingChanges()).isNullOrEmpty();
    }

    @Test
    void aLaterEditOfTheSameFieldSupersedesTheEarlierProposal() {
        UUID group = directory.organisation("Wickersley Book Club");
        ServiceDetail verified = directory.verifiedListing(group);
        String editor = directory.groupEditorOf(group);

        ServiceDetail first = as(editor, () -> services.updateService(verified.getId(), inputOf(verified).name("Book Club"), etag(verified)).body());
        ServiceDetail second = as(editor, () -> services.updateService(verified.getId(), inputOf(first).name("Wickersley Readers"),
                etag(first)).body());

        assertThat(second.getPendingChanges()).hasSize(1);
        assertThat(second.getPendingChanges().get(0).getProposed().getName()).isEqualTo("Wickersley Readers");
    }

    @Test
    void aSessionAtANewPlaceWaitsWithThePlace() {
        UUID group = directory.organisation("Swinton Fitness");
        ServiceDetail verified = directory.verifiedListing(group);
        ServiceInput edit = inputOf(verified);
        edit.getLocations().add(new org.signpost.contract.model.ServiceLocation().name("Swinton Civic Hall").latitude(53.487)
                .longitude(-1.309).postalCode("S64 8AB"));
        edit.getSchedules().add(new Schedule().locationIndex(1).freq("WEEKLY").byday("TH").opensAt("18:00").closesAt("19:00"));
        edit.getSchedules().add(new Schedule().freq("WEEKLY").byday("MO").opensAt("09:00").closesAt("09:30").attendingType("phone"));

        ServiceDetail after = as(directory.groupEditorOf(group), () -> services.updateService(verified.getId(), edit, etag(verified)).body());

        assertThat(after.getLocations()).hasSize(1);
        assertThat(after.getSchedules()).hasSize(1);
        assertThat(after.getPendingChanges()).extracting(PendingChange::getField).containsExactlyInAnyOrder("locations", "schedules");
        Bearer.use(directory.coordinatorToken());
        PendingChange sessions = after.getPendingChanges().stream().filter(p -> p.getField().equals("schedules")).findFirst().orElseThrow();
        PendingChange places = after.getPendingChanges().stream().filter(p -> p.getField().equals("locations")).findFirst().orElseThrow();
        expectProblem(HttpStatus.CONFLICT, () -> review.approvePendingChange(sessions.getId(), null));

        review.approvePendingChange(places.getId(), null);
        review.approvePendingChange(sessions.getId(), null);

        ServiceDetail now = services.getService(verified.getId()).body();
        assertThat(now.getLocations()).extracting(l -> l.getName()).containsExactly("Clifton Park gates", "Swinton Civic Hall");
        assertThat(now.getSchedules()).extracting(Schedule::getByday).containsExactly("2TU", "TH", "MO");
        assertThat(now.getSchedules().get(1).getLocationIndex()).isEqualTo(1);
        assertThat(now.getSchedules().get(2).getLocationIndex()).isNull();
    }

    @Test
    void aCoordinatorsEditIsPublishedAtOnce() {
        UUID group = directory.organisation("Aston Tea Dance");
        ServiceDetail verified = directory.verifiedListing(group);

        ServiceDetail after = as(directory.coordinatorToken(), () -> services.updateService(verified.getId(),
                inputOf(verified).name("Aston Tea Dance and Social"), etag(verified)).body());

        assertThat(after.getName()).isEqualTo("Aston Tea Dance and Social");
        assertThat(after.getPendingChanges()).isNullOrEmpty();
    }

    static Schedule copy(Schedule s) {
        return new Schedule().id(s.getId()).locationIndex(s.getLocationIndex()).freq(s.getFreq()).interval(s.getInterval())
                .byday(s.getByday()).bymonthday(s.getBymonthday()).dtstart(s.getDtstart()).validFrom(s.getValidFrom())
                .validTo(s.getValidTo()).opensAt(s.getOpensAt()).closesAt(s.getClosesAt()).description(s.getDescription())
                .attendingType(s.getAttendingType());
    }
}
