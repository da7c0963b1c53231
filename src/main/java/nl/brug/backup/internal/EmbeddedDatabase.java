package nl.brug.backup.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.brug.backup.BackupSupport;

/**
 * The database as far as backups are concerned, asked through plain JDBC on the application's DataSource: which
 * database it is, where its file lives, and H2's online backup.
 */
@Component
public class EmbeddedDatabase {

    /** What the database says about itself. */
    public record Facts(BackupSupport support, String product, @Nullable Path dataFolder) {
    }

    private final DataSource dataSource;

    EmbeddedDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Facts facts() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName();
            if (!"H2".equals(product)) {
                return new Facts(BackupSupport.OTHER_DATABASE, product, null);
            }
            String url = meta.getURL().toLowerCase(Locale.ROOT);
            if (url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:")) {
                return new Facts(BackupSupport.NOT_A_FILE, product, null);
            }
            try (Statement statement = connection.createStatement();
                    ResultSet path = statement.executeQuery("select database_path()")) {
                // The database's file without its ending: <data folder>/brug for <data folder>/brug.mv.db
                String databasePath = path.next() ? path.getString(1) : null;
                if (databasePath == null) {
                    return new Facts(BackupSupport.NOT_A_FILE, product, null);
                }
                Path parent = Path.of(databasePath).toAbsolutePath().normalize().getParent();
                return new Facts(BackupSupport.AVAILABLE, product, parent);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot ask the database what it is", e);
        }
    }

    /**
     * H2's online backup: a zip holding the database file ({@code brug.mv.db}), consistent as of one moment,
     * while other users go on working.
     */
    public void backupTo(Path zip) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
        }
    }
}
