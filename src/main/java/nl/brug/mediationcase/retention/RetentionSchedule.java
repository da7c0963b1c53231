package nl.brug.mediationcase.retention;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import nl.brug.base.DailyAt;
import nl.brug.base.DisplayFormats;
import nl.brug.base.ScheduledWork;

/**
 * The nightly anonymisation at {@code brug.retention.time} (Europe/Amsterdam), once every day. It runs with
 * {@code brug.retention.closed-cases} zero too, and then does nothing. With several instances sharing one
 * database, one of them runs it ({@link ScheduledWork}, decision 038).
 */
@Configuration
@EnableConfigurationProperties(RetentionProperties.class)
@EnableScheduling
class RetentionSchedule implements SchedulingConfigurer {

    private final CaseAnonymiser anonymiser;
    private final RetentionProperties properties;
    private final ScheduledWork scheduledWork;

    RetentionSchedule(CaseAnonymiser anonymiser, RetentionProperties properties, ScheduledWork scheduledWork) {
        this.anonymiser = anonymiser;
        this.properties = properties;
        this.scheduledWork = scheduledWork;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(scheduledWork.onceAcrossInstances("retention", anonymiser::anonymiseDue),
                new DailyAt(properties.time(), DisplayFormats.ZONE));
    }
}
