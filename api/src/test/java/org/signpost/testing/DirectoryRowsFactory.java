package org.signpost.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import org.signpost.indexer.DirectoryRows;

/** The listings written straight to the tables (search-indexer's test fixture, from its test-jar) as a bean for api's tests. */
@Factory
class DirectoryRowsFactory {

    @Singleton
    DirectoryRows directoryRows(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        return new DirectoryRows(jdbc, transactions);
    }
}
