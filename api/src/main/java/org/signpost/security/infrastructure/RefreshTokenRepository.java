package org.signpost.security.infrastructure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RefreshTokenRepository extends GenericRepository<RefreshTokenRow, String> {

    Optional<RefreshTokenRow> findByTokenHash(String tokenHash);

    RefreshTokenRow save(RefreshTokenRow row);

    /** Spends a token; 0 rows when it was already spent or revoked (a concurrent refresh won). */
    @Query("UPDATE refresh_token SET used_at = :now WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL")
    int markUsed(String id, Instant now);

    @Query("UPDATE refresh_token SET revoked_at = :now WHERE family_id = :familyId AND revoked_at IS NULL")
    int revokeFamily(String familyId, Instant now);
}
