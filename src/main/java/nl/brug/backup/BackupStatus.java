package nl.brug.backup;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What the backup page shows besides the list: whether Brug can back up this database, where backups go, when
 * the daily one is made and how many are kept, where the database lives (for the restore command), and the
 * last scheduled backup that failed, if the next one has not succeeded yet.
 *
 * @param database   the database's product name ("H2", "PostgreSQL")
 * @param scheduled  whether a backup is made every day ({@code brug.backup.enabled}, and only on H2)
 * @param dataFolder the folder holding the database file; null when there is none
 */
public record BackupStatus(BackupSupport support, String database, Path folder, LocalTime time, int keep,
        boolean scheduled, @Nullable Path dataFolder, @Nullable FailedBackup lastFailure) {

    private static final Pattern SAFE_IN_A_SHELL = Pattern.compile("[A-Za-z0-9_./:=+-]+");

    /**
     * The one command that restores a backup, run while Brug is stopped: it puts the database file the backup
     * holds ({@code brug.mv.db}) back into the data folder, over the one there.
     */
    public String restoreCommand(String backupName) {
        Path into = dataFolder == null ? Path.of("<data folder>") : dataFolder;
        return "unzip -o " + quoted(folder.resolve(backupName).toString()) + " -d " + quoted(into.toString());
    }

    /** A path as a POSIX shell reads it back unchanged, quoted only when it needs to be. */
    static String quoted(String path) {
        return SAFE_IN_A_SHELL.matcher(path).matches() ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
