package org.signpost.directory.infrastructure;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;
import org.signpost.directory.application.OrganisationNames;

@Singleton
class JdbcOrganisationNames implements OrganisationNames {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcOrganisationNames(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Optional<String> name(UUID organisationId) {
        return transactions.executeRead(status -> jdbc.prepareStatement("SELECT name FROM organisation WHERE id = ?", statement -> {
            statement.setString(1, organisationId.toString());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        }));
    }
}
