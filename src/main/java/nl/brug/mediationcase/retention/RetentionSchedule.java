package nl.brug.mediationcase.retention;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import nl.brug.base.DailyAt;
import nl.brug.base.DisplayFormats;

/**
 * The nightly anonymisation at {@code brug.retention.time} (Europe/Amsterdam), once every day. It runs with
 * {@code brug.retention.closed-cases} zero too, and then does nothing.
 */
@Configuration
@EnableConfigurationProperties(RetentionProperties.class)
@EnableScheduling
class RetentionSchedule implements SchedulingConfigurer {

    private final CaseAnonymiser anonymiser;
    private final RetentionProperties properties;

    RetentionSchedule(CaseAnonymiser anonymiser, RetentionProperties properties) {
        this.anonymiser = anonymiser;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(anonymiser::anonymiseDue, new DailyAt(properties.time(), DisplayFormats.ZONE));
    }
}
