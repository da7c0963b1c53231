package nl.brug.backup;

import java.nio.file.Path;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where backups go, when the daily one is made (local time in Amsterdam), how many are kept, and whether the
 * daily one is made at all. {@code brug.backup.folder} defaults to {@code ${brug.data-dir}/backups} in
 * application.properties.
 */
@ConfigurationProperties("brug.backup")
public record BackupProperties(Path folder, @DefaultValue("02:30") LocalTime time, @DefaultValue("14") int keep,
        @DefaultValue("true") boolean enabled) {

    public BackupProperties {
        if (keep < 1) {
            throw new IllegalArgumentException("brug.backup.keep must be at least 1, was " + keep);
        }
    }
}
