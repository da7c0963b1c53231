package nl.brug.backup;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import nl.brug.backup.internal.BackupMaker;
import nl.brug.backup.internal.EmbeddedDatabase;

/**
 * Backups of the embedded H2 database for administrators: make one now, see those in the folder, and what the
 * page says about the schedule and restoring. The daily backup runs without a user, through the schedule in
 * {@code internal}. A backup is not a database transaction: H2's {@code BACKUP TO} is consistent by itself.
 */
@Service
public class BackupService {

    private final BackupMaker maker;
    private final EmbeddedDatabase database;
    private final BackupProperties properties;

    BackupService(BackupMaker maker, EmbeddedDatabase database, BackupProperties properties) {
        this.maker = maker;
        this.database = database;
        this.properties = properties;
    }

    /**
     * Makes a backup now, removes the oldest beyond {@code brug.backup.keep}, and records it in the audit trail.
     *
     * @throws BackupNotPossibleException on a database that is no embedded H2 file (PostgreSQL: use pg_dump)
     * @throws BackupFailedException      when it could not be written; no half file is left behind
     */
    @PreAuthorize("hasRole('ADMIN')")
    public BackupFile backupNow() {
        return maker.make(BackupMaker.Trigger.ON_DEMAND);
    }

    /** The backups in the folder, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<BackupFile> list() {
        return maker.files().list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public BackupStatus status() {
        EmbeddedDatabase.Facts facts = database.facts();
        boolean scheduled = properties.enabled() && facts.support() == BackupSupport.AVAILABLE;
        return new BackupStatus(facts.support(), facts.product(), maker.files().folder(), properties.time(),
                properties.keep(), scheduled, facts.dataFolder(), maker.lastScheduledFailure());
    }
}
