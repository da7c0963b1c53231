package nl.brug.backup;

/** Whether Brug can back up the database it runs on. */
public enum BackupSupport {
    /** An embedded H2 database in a file: {@code BACKUP TO} copies it while Brug runs. */
    AVAILABLE,
    /** H2, but not a file next to Brug (in memory, or on an H2 server): there is no file to copy here. */
    NOT_A_FILE,
    /** Another database, PostgreSQL in production: back it up with its own tools ({@code pg_dump}). */
    OTHER_DATABASE
}
