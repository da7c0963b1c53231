/**
 * Backups of the embedded H2 database: made while Brug runs (H2's online {@code BACKUP TO}), daily on a
 * schedule and on an administrator's demand, the oldest pruned. {@link nl.brug.backup.BackupService} is the
 * feature's API; a PostgreSQL installation is backed up with {@code pg_dump} instead.
 */
@NullMarked
package nl.brug.backup;

import org.jspecify.annotations.NullMarked;
