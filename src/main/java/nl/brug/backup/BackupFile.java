package nl.brug.backup;

import java.time.Instant;

/** One backup in the backup folder: its file name, its size in bytes and when it was made. */
public record BackupFile(String name, long size, Instant madeAt) {
}
