package org.signpost.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.client.OrukApi;
import org.signpost.contract.model.HistoryEntry;
import org.signpost.contract.model.RestoreRequest;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.directory.application.ImportReport;
import org.signpost.directory.application.OrukImport;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestDirectory;
import org.signpost.testing.TestUsers;

/**
 * A feed record that changes between imports gets a new version with a history entry of kind
 * "import" holding the whole listing before and after, like any edit: a coordinator can read it
 * and restore the earlier version.
 */
@MicronautTest(transactional = false)
class ImportedListingHistoryTest {

    @Inject
    OrukImport imports;

    @Inject
    DirectoryServicesApi services;

    @Inject
    OrukApi oruk;

    @Inject
    TestUsers users;

    @Inject
    DirectorySql sql;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aChangedRecordIsANewVersionWhoseHistoryACoordinatorCanRestore() {
        String source = "history-" + UUID.randomUUID().toString().substring(0, 8);
        TestFeed feed = new TestFeed();
        ObjectNode record = feed.service("Tuesday lunch club", LocalDate.now().minusDays(2));
        assertThat(load(feed, source).inserted()).isEqualTo(1);
        record.put("name", "Tuesday and Thursday lunch club");
        ImportReport second = load(feed, source);
        assertThat(second.updated()).isEqualTo(1);
        UUID id = UUID.fromString(sql.one("SELECT id FROM service WHERE source = ?", source));

        users.actAs(Role.COORDINATOR);
        var history = services.listServiceHistory(id, 1, 20).getItems();

        assertThat(history).extracting(HistoryEntry::getVersion).containsExactly(2L, 1L);
        assertThat(history).extracting(HistoryEntry::getKind).containsOnly("import");
        assertThat(history.get(0).getBefore().getName()).isEqualTo("Tuesday lunch club");
        assertThat(history.get(0).getAfter().getName()).isEqualTo("Tuesday and Thursday lunch club");

        ServiceDetail current = services.getService(id).body();
        ServiceDetail restored = services.restoreService(id, new RestoreRequest(1L), TestDirectory.etag(current)).body();

        assertThat(restored.getName()).isEqualTo("Tuesday lunch club");
        assertThat(oruk.orukService(id.toString()).getName()).isEqualTo("Tuesday lunch club");
    }

    private ImportReport load(TestFeed feed, String source) {
        return imports.importFeed(() -> new ByteArrayInputStream(feed.bytes()), OrukImport.Options.standard(source, true, null));
    }
}
