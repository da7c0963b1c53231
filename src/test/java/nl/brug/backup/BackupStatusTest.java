package nl.brug.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** The restore command on the page is one line an administrator can paste into a shell as it is. */
class BackupStatusTest {

    private static BackupStatus status(String folder, String dataFolder) {
        return new BackupStatus(BackupSupport.AVAILABLE, "H2", Path.of(folder), LocalTime.of(2, 30), 14, true,
                Path.of(dataFolder), null);
    }

    @Test
    void theRestoreCommandUnzipsTheBackupIntoTheDataFolder() {
        assertThat(status("/srv/brug/data/backups", "/srv/brug/data").restoreCommand("brug-20261125-023000.zip"))
                .isEqualTo("unzip -o /srv/brug/data/backups/brug-20261125-023000.zip -d /srv/brug/data");
    }

    @Test
    void aPathWithSpacesOrQuotesIsQuotedForTheShell() {
        assertThat(status("/home/bram/Mijn back-ups", "/home/bram/Brug's data").restoreCommand("brug-20261125-023000.zip"))
                .isEqualTo("unzip -o '/home/bram/Mijn back-ups/brug-20261125-023000.zip' -d '/home/bram/Brug'\\''s data'");
    }

    @Test
    void theRefusalOnAnotherDatabaseNamesPgDump() {
        assertThat(new BackupNotPossibleException(BackupSupport.OTHER_DATABASE, "PostgreSQL").getMessage())
                .contains("PostgreSQL", "pg_dump");
    }
}
