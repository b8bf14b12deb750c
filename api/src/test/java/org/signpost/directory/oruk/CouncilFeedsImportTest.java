package org.signpost.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryImportApi;
import org.signpost.contract.model.ImportSummary;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestUsers;

/**
 * An ADMIN imports the two real council feeds as published; every record that is not imported is
 * explained, and importing the same feed again changes nothing. (The indexer is off in this context
 * so that the outbox rows the import writes can be counted before anything drains them.)
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
@Property(name = "micronaut.http.services.signpost.read-timeout", value = "120s")
class CouncilFeedsImportTest {

    @Inject
    DirectoryImportApi imports;

    @Inject
    TestUsers users;

    @Inject
    DirectorySql sql;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void bristolImportsWithBothRejectionsExplainedAndASecondImportChangesNothing() throws IOException {
        users.actAs(Role.ADMIN);

        ImportSummary first = imports.importOrukFeed("bristol", false, feed("bristol-services.json"));

        assertThat(first.getRecords()).isEqualTo(819);
        assertThat(first.getInserted()).isEqualTo(817);
        assertThat(first.getUpdated()).isZero();
        assertThat(first.getRejected()).isEqualTo(2);
        assertThat(first.getRejections()).containsExactly(
                "record def5ccd4-f121-df4d-60d2-4dc0d69ff555: name: is required",
                "record 2af617e5-4532-bebe-1036-ffdf2e93ce55: id: duplicate id, first seen at record #374");
        assertThat(first.getWarnings()).hasSize(95)
                .filteredOn(w -> w.contains(": organization: ")).hasSize(6)
                .allMatch(w -> w.endsWith("listed under the organisation 'Unattributed (bristol)'"));
        assertThat(sql.count("SELECT COUNT(*) FROM service WHERE source = 'bristol' AND verification = 'draft'")).isEqualTo(817);
        assertThat(sql.count("SELECT COUNT(*) FROM service s JOIN organisation o ON o.id = s.organisation_id"
                + " WHERE s.source = 'bristol' AND o.name = 'Unattributed (bristol)'")).isEqualTo(6);
        assertThat(sql.count("SELECT COUNT(*) FROM service WHERE source = 'bristol'"
                + " AND description REGEXP '</?[a-z][a-z0-9]*( [^>]*)?/?>|&[a-z]+;'"))
                .as("no markup survives").isZero();
        long history = historyRows("bristol");
        long outbox = outboxRows("bristol");
        assertThat(history).isEqualTo(817);
        assertThat(outbox).isEqualTo(817);
        String versions = versions("bristol");

        ImportSummary second = imports.importOrukFeed("bristol", false, feed("bristol-services.json"));

        assertThat(second.getInserted()).isZero();
        assertThat(second.getUpdated()).isZero();
        assertThat(second.getUnchanged()).isEqualTo(817);
        assertThat(second.getRejections()).isEqualTo(first.getRejections());
        assertThat(historyRows("bristol")).isEqualTo(history);
        assertThat(outboxRows("bristol")).isEqualTo(outbox);
        assertThat(versions("bristol")).isEqualTo(versions);
    }

    @Test
    void northLincolnshireImportsEveryRecordAndASecondImportChangesNothing() throws IOException {
        users.actAs(Role.ADMIN);

        ImportSummary first = imports.importOrukFeed("north-lincolnshire", true, feed("north-lincolnshire-services.json"));
        ImportSummary second = imports.importOrukFeed("north-lincolnshire", true, feed("north-lincolnshire-services.json"));

        assertThat(first.getRecords()).isEqualTo(738);
        assertThat(first.getInserted()).isEqualTo(738);
        assertThat(first.getRejections()).isEmpty();
        assertThat(first.getWarnings()).hasSize(47);
        assertThat(sql.count("SELECT COUNT(*) FROM service WHERE source = 'north-lincolnshire' AND verification = 'verified'"))
                .isEqualTo(738);
        assertThat(second.getUnchanged()).isEqualTo(738);
        assertThat(second.getInserted() + second.getUpdated()).isZero();
        assertThat(historyRows("north-lincolnshire")).isEqualTo(738);
        assertThat(outboxRows("north-lincolnshire")).isEqualTo(738);
    }

    @Test
    void onlyAnAdminMayImportAndADocumentThatIsNotAFeedIsA400NamingTheFile() {
        users.actAs(Role.COORDINATOR);
        expectProblem(HttpStatus.FORBIDDEN, () -> imports.importOrukFeed("bristol", false, body("[]".getBytes())));

        users.actAs(Role.ADMIN);
        var problem = expectProblem(HttpStatus.BAD_REQUEST,
                () -> imports.importOrukFeed("broken", false, body("{\"services\": 12}".getBytes())));
        assertThat(problem.getErrors()).extracting(e -> e.getField()).containsExactly("file");
        assertThat(sql.count("SELECT COUNT(*) FROM service WHERE source = 'broken'")).isZero();
    }

    private long historyRows(String source) {
        return sql.count("SELECT COUNT(*) FROM service_history h JOIN service s ON s.id = h.service_id"
                + " WHERE s.source = ? AND h.change_kind = 'import'", source);
    }

    private long outboxRows(String source) {
        return sql.count("SELECT COUNT(*) FROM search_outbox o JOIN service s ON s.id = o.service_id WHERE s.source = ?", source);
    }

    private String versions(String source) {
        return sql.one("SELECT CONCAT(SUM(version), '/', MAX(updated_at)) FROM service WHERE source = ?", source);
    }

    private static MultipartBody feed(String name) throws IOException {
        try (InputStream in = CouncilFeedsImportTest.class.getResourceAsStream("/oruk/" + name)) {
            return body(in.readAllBytes());
        }
    }

    private static MultipartBody body(byte[] bytes) {
        return MultipartBody.builder().addPart("file", "services.json", MediaType.APPLICATION_JSON_TYPE, bytes).build();
    }
}
