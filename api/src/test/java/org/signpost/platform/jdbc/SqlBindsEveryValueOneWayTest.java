package org.signpost.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.seeds.model.ServiceStatus;

/**
 * The one binder ({@link Sql#bind}), against the real server: what each Java value arrives as. The
 * directory's old binder and the platform's disagreed on doubles (exact decimal or binary) and enums
 * (lower-cased name or refused); these pin the choice.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.indexer.enabled", value = "false")
class SqlBindsEveryValueOneWayTest {

    @Inject
    Sql sql;

    @Test
    void aDoubleArrivesAsTheDecimalItPrintsAs() {
        // bound as a binary double, 0.1 would be 0.10000000000000001 at this scale
        assertThat(sql.one("SELECT CAST(? AS DECIMAL(20,17))", rs -> rs.getBigDecimal(1), 0.1).orElseThrow())
                .isEqualByComparingTo(new BigDecimal("0.1"));
        assertThat(sql.one("SELECT CAST(? AS DECIMAL(9,6))", rs -> rs.getBigDecimal(1), 53.430123).orElseThrow())
                .isEqualByComparingTo("53.430123");
    }

    @Test
    void anEnumIsRefusedBecauseItsNameIsNotItsStoredValue() {
        assertThatThrownBy(() -> sql.count("SELECT COUNT(*) FROM service WHERE status = ?", ServiceStatus.TEMPORARILY_CLOSED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wire form");
        assertThat(sql.one("SELECT ?", rs -> rs.getString(1), ServiceStatus.TEMPORARILY_CLOSED.code()).orElseThrow())
                .isEqualTo("temporarily closed");
    }

    @Test
    void uuidsDatesAndInstantsRoundTrip() {
        UUID id = UUID.randomUUID();
        assertThat(sql.one("SELECT ? AS v", rs -> Sql.uuid(rs, "v"), id).orElseThrow()).isEqualTo(id);
        LocalDate clocksChange = LocalDate.of(2026, 3, 29);
        assertThat(sql.one("SELECT CAST(? AS DATE) AS v", rs -> Sql.date(rs, "v"), clocksChange).orElseThrow()).isEqualTo(clocksChange);
        Instant instant = Instant.parse("2026-10-25T01:30:00.123456Z");
        assertThat(sql.one("SELECT CAST(? AS DATETIME(6)) AS v", rs -> Sql.instant(rs, "v"), instant).orElseThrow()).isEqualTo(instant);
        assertThat(sql.one("SELECT ? IS NULL AS v", rs -> rs.getBoolean("v"), (Object) null).orElseThrow()).isTrue();
    }

    @Test
    void placeholdersAreAtLeastOne() {
        assertThat(Sql.placeholders(List.of(1, 2, 3))).isEqualTo("?, ?, ?");
        assertThat(Sql.placeholders(0)).isEqualTo("?");
    }
}
