package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.TestDirectory.as;
import static org.signpost.testing.TestDirectory.etag;
import static org.signpost.testing.TestDirectory.inputOf;
import static org.signpost.testing.TestDirectory.listing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.contract.model.ServiceInput;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestDatabase;
import org.signpost.testing.TestDirectory;

/**
 * Imported directories share one venue between services (a community centre with a coffee morning
 * and a toddler group, run by different groups). A group's edit of the venue changes only its own
 * listing; removing it from one listing leaves it for the others.
 */
@MicronautTest(transactional = false)
class SharedLocationsAreNeverEditedInPlaceTest {

    @Inject
    DirectoryServicesApi services;

    @Inject
    TestDirectory directory;

    @Inject
    TestDatabase database;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void editingASharedVenueGivesTheEditorTheirOwnCopy() {
        UUID coffee = directory.organisation("Eastwood Coffee Morning");
        UUID toddlers = directory.organisation("Eastwood Toddlers");
        ServiceDetail ours = as(directory.groupEditorOf(coffee), () -> services.createService(listing(coffee)).body());
        ServiceDetail theirs = as(directory.groupEditorOf(toddlers), () -> services.createService(listing(toddlers)).body());
        UUID venue = ours.getLocations().get(0).getId();
        // as an importer would have stored it: their listing at our venue too
        database.update("DELETE FROM service_at_location WHERE service_id = ?", theirs.getId());
        database.update("INSERT INTO service_at_location (id, service_id, location_id) VALUES (?, ?, ?)", UUID.randomUUID(), theirs.getId(), venue);
        String editor = directory.groupEditorOf(coffee);
        ServiceDetail current = as(editor, () -> services.getService(ours.getId()).body());
        ServiceInput edit = inputOf(current);
        edit.getLocations().set(0, edit.getLocations().get(0).name("Eastwood Village Hall (side room)"));

        ServiceDetail after = as(editor, () -> services.updateService(ours.getId(), edit, etag(current)).body());

        assertThat(after.getLocations().get(0).getName()).isEqualTo("Eastwood Village Hall (side room)");
        assertThat(after.getLocations().get(0).getId()).isNotEqualTo(venue);
        assertThat(after.getSchedules().get(0).getLocationIndex()).isZero();
        ServiceDetail theirsNow = as(directory.coordinatorToken(), () -> services.getService(theirs.getId()).body());
        assertThat(theirsNow.getLocations()).hasSize(1);
        assertThat(theirsNow.getLocations().get(0).getId()).isEqualTo(venue);
        assertThat(theirsNow.getLocations().get(0).getName()).isEqualTo("Clifton Park gates");

        ServiceDetail withoutVenues = as(editor, () -> services.updateService(ours.getId(), inputOf(after)
                .locations(TestDirectory.copy(null)).schedules(TestDirectory.copy(null)).deliveryModes(TestDirectory.copy(java.util.List.of("online"))),
                etag(after)).body());
        assertThat(withoutVenues.getLocations()).isNullOrEmpty();
        assertThat(database.count("SELECT COUNT(*) FROM location WHERE id = ?", venue)).as("still their venue").isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM location WHERE id = ?", after.getLocations().get(0).getId()))
                .as("our own copy, now used by nobody, is gone").isZero();
    }

    @Test
    void resendingAListingWithoutPartIdsChangesNothing() {
        UUID group = directory.organisation("Ravenfield Art Group");
        Bearer.use(directory.groupEditorOf(group));
        ServiceDetail created = services.createService(listing(group)).body();

        ServiceDetail same = services.updateService(created.getId(), listing(group), etag(created)).body();

        assertThat(same.getVersion()).isEqualTo(created.getVersion());
        assertThat(same.getLocations().get(0).getId()).isEqualTo(created.getLocations().get(0).getId());
    }
}
