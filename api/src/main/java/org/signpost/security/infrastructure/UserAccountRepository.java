package org.signpost.security.infrastructure;

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
}
