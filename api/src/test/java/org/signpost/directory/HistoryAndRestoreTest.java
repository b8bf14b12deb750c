package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.TestDirectory.as;
import static org.signpost.testing.TestDirectory.etag;
import static org.signpost.testing.TestDirectory.inputOf;
import static org.signpost.testing.TestDirectory.listing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.model.CostOption;
import org.signpost.contract.model.HistoryEntry;
import org.signpost.contract.model.RestoreRequest;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.contract.model.ServiceInput;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestDirectory;

@MicronautTest(transactional = false)
class HistoryAndRestoreTest {

    @Inject
    DirectoryServicesApi services;

    @Inject
    TestDirectory directory;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void everyChangeIsInHistoryAndAnOldVersionCanBeRestored() {
        UUID group = directory.organisation("Wath Memory Cafe");
        String editor = directory.groupEditorOf(group);
        ServiceDetail v1 = as(editor, () -> services.createService(listing(group)).body());
        ServiceDetail v2 = as(editor, () -> services.updateService(v1.getId(), inputOf(v1).name("Wath Memory Cafe and Walk")
                .costOptions(TestDirectory.copy(List.of(new CostOption().option("Donation").amount(new java.math.BigDecimal("2.50"))))),
                etag(v1)).body());
        Bearer.use(directory.coordinatorToken());
        ServiceDetail v3 = services.verifyService(v1.getId(), etag(v2)).body();
        ServiceDetail v4 = services.confirmService(v1.getId(), etag(v3)).body();

        List<HistoryEntry> history = services.listServiceHistory(v1.getId(), 1, 20).getItems();

        assertThat(history).extracting(HistoryEntry::getVersion).containsExactly(4L, 3L, 2L, 1L);
        assertThat(history).extracting(HistoryEntry::getKind).containsExactly("confirm", "verify", "update", "create");
        HistoryEntry edit = history.get(2);
        assertThat(edit.getChangedByUsername()).startsWith("group_editor-");
        assertThat(edit.getChangedAt()).isNotNull();
        assertThat(edit.getBefore().getName()).isEqualTo("Tuesday Health Walk");
        assertThat(edit.getAfter().getName()).isEqualTo("Wath Memory Cafe and Walk");
        assertThat(edit.getAfter().getCostOptions()).extracting(CostOption::getOption).containsExactly("Donation");
        assertThat(history.get(3).getBefore()).isNull();
        assertThat(history.get(3).getAfter().getSchedules().get(0).getByday()).isEqualTo("2TU");
        assertThat(history.get(1).getChangedByUsername()).startsWith("coordinator-");

        ServiceDetail v5 = services.restoreService(v1.getId(), new RestoreRequest(1L), etag(v4)).body();

        assertThat(v5.getVersion()).isEqualTo(5L);
        assertThat(content(v5)).isEqualTo(content(v1));
        assertThat(v5.getVerification()).isEqualTo("verified");
        HistoryEntry restore = services.listServiceHistory(v1.getId(), 1, 1).getItems().get(0);
        assertThat(restore.getKind()).isEqualTo("restore");
        assertThat(restore.getRestoredFrom()).isEqualTo(1L);
        assertThat(restore.getBefore().getName()).isEqualTo("Wath Memory Cafe and Walk");
        assertThat(restore.getAfter().getName()).isEqualTo("Tuesday Health Walk");
        assertThat(services.listServiceHistory(v1.getId(), 1, 20).getTotalItems()).isEqualTo(5L);
    }

    @Test
    void aGroupsRestoreOfAVerifiedListingFollowsTheReviewPolicy() {
        UUID group = directory.organisation("Rawmarsh Pantry");
        ServiceDetail verified = directory.verifiedListing(group);
        String editor = directory.groupEditorOf(group);
        ServiceDetail renamed = as(directory.coordinatorToken(), () -> services.updateService(verified.getId(),
                inputOf(verified).name("Rawmarsh Community Pantry"), etag(verified)).body());

        ServiceDetail restored = as(editor, () -> services.restoreService(verified.getId(), new RestoreRequest(1L), etag(renamed)).body());

        assertThat(restored.getName()).isEqualTo("Rawmarsh Community Pantry");
        assertThat(restored.getPendingChanges()).extracting(p -> p.getField()).containsExactly("name");
        assertThat(restored.getPendingChanges().get(0).getProposed().getName()).isEqualTo("Tuesday Health Walk");
    }

    @Test
    void aVersionNotInHistoryIsNotFound() {
        UUID group = directory.organisation("Greasbrough Gardeners");
        ServiceDetail v1 = as(directory.groupEditorOf(group), () -> services.createService(listing(group)).body());

        // the declarative client hands a 404 back as a response rather than throwing
        var response = as(directory.coordinatorToken(), () -> services.restoreService(v1.getId(), new RestoreRequest(9L), etag(v1)));

        assertThat(response.getStatus().getCode()).isEqualTo(404);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).startsWith("application/problem+json"));
        assertThat(as(directory.coordinatorToken(), () -> services.getService(v1.getId()).body().getVersion())).isEqualTo(1L);
    }

    /** What a resident would see, without ids or bookkeeping. */
    private static String content(ServiceDetail d) {
        ServiceInput in = inputOf(d);
        in.getLocations().forEach(l -> {
            l.setId(null);
            l.getAccessibility().forEach(a -> a.setId(null));
        });
        in.getSchedules().forEach(s -> s.setId(null));
        in.getSchedules().forEach(s -> s.setLocationId(null));
        in.getCostOptions().forEach(c -> c.setId(null));
        in.getContacts().forEach(c -> c.setId(null));
        in.getLanguages().forEach(l -> l.setId(null));
        return in.toString();
    }
}
