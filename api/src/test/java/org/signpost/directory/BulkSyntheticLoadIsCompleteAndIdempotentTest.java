package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.directory.application.ImportReport;
import org.signpost.directory.application.OrukImport;
import org.signpost.seeds.geo.Outcodes;
import org.signpost.seeds.synthetic.NeedTermCodes;
import org.signpost.seeds.synthetic.SyntheticDirectory;

/**
 * The bulk path ({@code ImportCli --synthetic}, the search benchmark's loader) writes every
 * generated service with all its rows, each reference sound although foreign keys are not checked
 * during the load, leaves foreign-key checks on afterwards, and a second load of the same services
 * changes nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
@Property(name = "signpost.directory.import.bulk-batch-size", value = "120")
class BulkSyntheticLoadIsCompleteAndIdempotentTest {

    private static final int SERVICES = 500;

    @Inject
    OrukImport imports;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void everyServiceArrivesWholeAndAReloadChangesNothing() throws Exception {
        String source = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        OrukImport.Options options = new OrukImport.Options(source, true, null, false, false, false);

        ImportReport first = imports.importServices(directory().iterator(SERVICES), options);

        assertThat(first.records()).isEqualTo(SERVICES);
        assertThat(first.inserted()).isEqualTo(SERVICES);
        assertThat(first.rejections()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM service WHERE source = ? AND verification = 'verified'", source)).isEqualTo(SERVICES);
        assertThat(count("SELECT COUNT(*) FROM service_at_location sal JOIN service s ON s.id = sal.service_id WHERE s.source = ?",
                source)).isPositive();
        assertThat(count("SELECT COUNT(*) FROM service_taxonomy_term t JOIN service s ON s.id = t.service_id WHERE s.source = ?",
                source)).isPositive();
        // nothing points at a row that is not there
        for (String orphans : List.of(
                "SELECT COUNT(*) FROM service s LEFT JOIN organisation o ON o.id = s.organisation_id WHERE s.source = ? AND o.id IS NULL",
                "SELECT COUNT(*) FROM service_at_location sal JOIN service s ON s.id = sal.service_id"
                        + " LEFT JOIN location l ON l.id = sal.location_id WHERE s.source = ? AND l.id IS NULL",
                "SELECT COUNT(*) FROM schedule sc JOIN service s ON s.id = sc.service_id LEFT JOIN service_at_location sal"
                        + " ON sal.id = sc.service_at_location_id WHERE s.source = ? AND sc.service_at_location_id IS NOT NULL"
                        + " AND sal.id IS NULL",
                "SELECT COUNT(*) FROM service_taxonomy_term t JOIN service s ON s.id = t.service_id"
                        + " LEFT JOIN taxonomy_term tt ON tt.id = t.term_id WHERE s.source = ? AND tt.id IS NULL")) {
            assertThat(count(orphans, source)).as(orphans).isZero();
        }
        Integer foreignKeyChecks = transactions.executeRead(status -> jdbc.prepareStatement("SELECT @@SESSION.foreign_key_checks",
                statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }));
        assertThat(foreignKeyChecks).as("foreign key checks are back on for the connection's next user").isEqualTo(1);

        ImportReport again = imports.importServices(directory().iterator(SERVICES), options);

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(SERVICES);
        assertThat(count("SELECT COUNT(*) FROM service WHERE source = ? AND version = 1", source)).isEqualTo(SERVICES);
    }

    private static SyntheticDirectory directory() throws Exception {
        try (InputStream in = BulkSyntheticLoadIsCompleteAndIdempotentTest.class.getResourceAsStream(NeedTermCodes.SEED_TAXONOMY)) {
            return new SyntheticDirectory(Outcodes.loadDefault(), NeedTermCodes.read(in), 7);
        }
    }

    private long count(String sql, String source) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, source);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }
}
