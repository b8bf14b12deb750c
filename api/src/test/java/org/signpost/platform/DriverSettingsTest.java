package org.signpost.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The Connector/J settings in application.yml (datasources.default.data-source-properties) reach
 * the driver. Hikari passes them on as java.util.Properties, whose getProperty ignores values that
 * are not strings: an unquoted {@code true} in the YAML is dropped without a word (BENCHMARKS.md,
 * "Cost per request").
 */
@MicronautTest(transactional = false)
class DriverSettingsTest {

    private final DataSource dataSource;

    @Inject
    DriverSettingsTest(DataSource dataSource) {
        // the pool itself, not the proxy that hands out the current transaction's connection
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Test
    void theConfiguredDriverSettingsAreInForceOnPooledConnections() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            var settings = connection.unwrap(JdbcConnection.class).getPropertySet();
            assertThat(settings.getBooleanProperty(PropertyKey.useLocalSessionState).getValue()).isTrue();
            assertThat(settings.getBooleanProperty(PropertyKey.cachePrepStmts).getValue()).isTrue();
            assertThat(settings.getIntegerProperty(PropertyKey.prepStmtCacheSize).getValue()).isEqualTo(250);
            assertThat(settings.getIntegerProperty(PropertyKey.prepStmtCacheSqlLimit).getValue()).isEqualTo(2048);
            assertThat(settings.getBooleanProperty(PropertyKey.maintainTimeStats).getValue()).isFalse();
            assertThat(settings.getProperty(PropertyKey.openTelemetry).getStringValue()).isEqualToIgnoringCase("DISABLED");
        }
    }

    @Test
    void askingForTheIsolationLevelOrReadOnlyStateCostsNoRoundTrip() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            long before = questions(connection);
            connection.getTransactionIsolation();
            connection.isReadOnly();
            connection.getAutoCommit();
            // the second SHOW is the only statement between the two readings
            assertThat(questions(connection) - before).isEqualTo(1);
        }
    }

    private static long questions(Connection connection) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE 'Questions'")) {
            rs.next();
            return rs.getLong(2);
        }
    }
}
