package nl.brug.backup.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import nl.brug.backup.BackupProperties;
import nl.brug.backup.BackupSupport;
import nl.brug.base.DailyAt;
import nl.brug.base.DisplayFormats;
import nl.brug.base.ScheduledWork;

/**
 * The daily backup at {@code brug.backup.time}, local time in Amsterdam, once on every day ({@link DailyAt}).
 * Only on an embedded H2 database and while {@code brug.backup.enabled}; the log says at start whether and when.
 * An H2 file has one instance only; the run still claims its row like all scheduled work ({@link ScheduledWork}).
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(BackupProperties.class)
class BackupScheduling implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(BackupScheduling.class);

    private final BackupProperties properties;
    private final BackupMaker maker;
    private final EmbeddedDatabase database;
    private final ScheduledWork scheduledWork;

    BackupScheduling(BackupProperties properties, BackupMaker maker, EmbeddedDatabase database,
            ScheduledWork scheduledWork) {
        this.properties = properties;
        this.maker = maker;
        this.database = database;
        this.scheduledWork = scheduledWork;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!properties.enabled()) {
            log.info("Daily backup off (brug.backup.enabled=false)");
            return;
        }
        EmbeddedDatabase.Facts facts = database.facts();
        if (facts.support() != BackupSupport.AVAILABLE) {
            log.info("Daily backup off: the database ({}) is no embedded H2 file; back it up with its own tools",
                    facts.product());
            return;
        }
        registrar.addTriggerTask(scheduledWork.onceAcrossInstances("backup", maker::makeScheduled),
                new DailyAt(properties.time(), DisplayFormats.ZONE));
        log.info("Daily backup at {} ({}) into {}, keeping the newest {}", properties.time(), DisplayFormats.ZONE,
                maker.files().folder(), properties.keep());
    }
}
