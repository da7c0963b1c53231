package nl.brug.backup;

/** Brug cannot back up this database itself; {@link #support()} says why. */
public class BackupNotPossibleException extends RuntimeException {

    private final BackupSupport support;

    public BackupNotPossibleException(BackupSupport support, String database) {
        super(switch (support) {
            case OTHER_DATABASE -> "Brug backs up only its embedded H2 database; back up " + database
                    + " with its own tools (pg_dump, see the README)";
            case NOT_A_FILE -> "The H2 database is not a file next to Brug (in memory or on a server): nothing to back up";
            case AVAILABLE -> throw new IllegalArgumentException("A backup is possible");
        });
        this.support = support;
    }

    public BackupSupport support() {
        return support;
    }
}
