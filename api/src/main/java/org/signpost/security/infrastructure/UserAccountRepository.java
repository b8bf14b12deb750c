package org.signpost.security.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserAccountRepository extends GenericRepository<UserAccountRow, String> {

    Optional<UserAccountRow> findByUsername(String username);

    Optional<UserAccountRow> findById(String id);

    UserAccountRow save(UserAccountRow row);

    void updatePasswordHash(@io.micronaut.data.annotation.Id String id, String passwordHash);

    @Query("UPDATE user_account SET enabled = :enabled WHERE id = :id")
    int setEnabled(String id, boolean enabled);

    @Query("UPDATE user_account SET roles = :roles, organisation_id = :organisationId WHERE id = :id")
    int setRoles(String id, String roles, @Nullable String organisationId);
}
