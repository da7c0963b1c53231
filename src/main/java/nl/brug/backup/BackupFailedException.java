package nl.brug.backup;

/**
 * Making a backup failed (the folder cannot be written, the disk is full, ...). No file that looks like a backup
 * is left behind; {@link #reason()} is the technical cause, for the administrator and the log.
 */
public class BackupFailedException extends RuntimeException {

    private final String reason;

    public BackupFailedException(String reason, Throwable cause) {
        super("Backup failed: " + reason, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
