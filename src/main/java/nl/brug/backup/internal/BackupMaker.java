package nl.brug.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditService;
import nl.brug.backup.BackupFailedException;
import nl.brug.backup.BackupFile;
import nl.brug.backup.BackupNotPossibleException;
import nl.brug.backup.BackupProperties;
import nl.brug.backup.BackupSupport;
import nl.brug.backup.FailedBackup;
import nl.brug.base.BrugClock;

/**
 * Makes one backup, for an administrator or for the schedule: one at a time, into a {@code .part} file renamed
 * when complete (deleted when not), then removes the oldest beyond {@code brug.backup.keep}, writes the audit
 * trail and one log line with the file's name and size. Callers check who may ask; this class does not.
 */
@Component
public class BackupMaker {

    private static final Logger log = LoggerFactory.getLogger(BackupMaker.class);

    /** Who asked for the backup: said in the audit trail. */
    public enum Trigger { ON_DEMAND, SCHEDULED }

    private final EmbeddedDatabase database;
    private final BackupFiles files;
    private final BackupProperties properties;
    private final AuditService audit;
    private final BrugClock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private volatile @Nullable FailedBackup lastScheduledFailure;

    BackupMaker(EmbeddedDatabase database, BackupProperties properties, AuditService audit, BrugClock clock) {
        this.database = database;
        this.files = new BackupFiles(properties.folder());
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    public BackupFiles files() {
        return files;
    }

    /** The last scheduled backup, if it failed; forgotten once a backup succeeds. */
    public @Nullable FailedBackup lastScheduledFailure() {
        return lastScheduledFailure;
    }

    /**
     * @throws BackupNotPossibleException when this database is not an embedded H2 file
     * @throws BackupFailedException      when writing the backup failed; nothing is left that looks like one
     */
    public BackupFile make(Trigger trigger) {
        EmbeddedDatabase.Facts facts = database.facts();
        if (facts.support() != BackupSupport.AVAILABLE) {
            throw new BackupNotPossibleException(facts.support(), facts.product());
        }
        oneAtATime.lock();
        try {
            BackupFile made = write(BackupFiles.nameFor(clock.localNow()));
            prune();
            if (trigger == Trigger.SCHEDULED) {
                audit.record(AuditAction.BACKUP_MADE, null, "scheduled " + made.name());
            } else {
                audit.record(AuditAction.BACKUP_MADE, null, "on demand " + made.name());
            }
            log.info("Backup made: {} ({} bytes)", made.name(), made.size());
            lastScheduledFailure = null;
            return made;
        } finally {
            oneAtATime.unlock();
        }
    }

    /** The daily backup: a failure is logged and kept for the backup page, since nobody is there to see it. */
    public void makeScheduled() {
        try {
            make(Trigger.SCHEDULED);
        } catch (BackupFailedException failed) {
            lastScheduledFailure = new FailedBackup(clock.now(), failed.reason());
        } catch (BackupNotPossibleException notPossible) {
            log.warn("No scheduled backup: {}", notPossible.getMessage());
        }
    }

    private BackupFile write(String name) {
        Path part = files.partFor(name);
        try {
            files.removeLeftoverParts();
            Files.createDirectories(files.folder());
            database.backupTo(part);
            return files.complete(part, name);
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException cannotDelete) {
                e.addSuppressed(cannotDelete);
            }
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.error("Backup failed: {} into {}", reason, files.folder(), e);
            throw new BackupFailedException(reason, e);
        }
    }

    private void prune() {
        try {
            List<String> deleted = files.prune(properties.keep());
            if (!deleted.isEmpty()) {
                log.info("Old backups removed (keeping the newest {}): {}", properties.keep(), deleted);
            }
        } catch (IOException | RuntimeException e) {
            // The new backup is whole; only the folder holds more than it should until the next backup.
            log.warn("Could not remove old backups from {}: {}", files.folder(), e.toString());
        }
    }
}
