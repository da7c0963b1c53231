package nl.brug.testsupport;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Which database a test runs on (see TestDatabaseSession). */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Asked of the database itself, not of the run's settings. */
    public static boolean isPostgresql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the run asked for: {@code -Dbrug.test.database=postgresql}, or H2. */
    public static boolean postgresqlRequested() {
        return "postgresql".equals(System.getProperty("brug.test.database"));
    }
}
