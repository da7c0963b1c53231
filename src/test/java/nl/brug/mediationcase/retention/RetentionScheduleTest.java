package nl.brug.mediationcase.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import nl.brug.base.ScheduledWork;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;

/**
 * The nightly anonymisation as scheduled runs on one instance only: once another instance sharing the database
 * has claimed tonight's run, this one's scheduled run does nothing (decision 038).
 */
@BrugSpringTest
class RetentionScheduleTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    DatabaseReset database;
    @Autowired
    CaseAnonymiser anonymiser;
    @Autowired
    List<ScheduledTaskHolder> schedulers;

    @BeforeEach
    void noClaims() {
        database.clear();
    }

    @Test
    void theScheduledRunSkipsWhenAnotherInstanceHasRunItAlready() {
        // Another instance sharing the database, whose clock was a moment ahead, ran tonight's run.
        assertThat(new ScheduledWork(dataSource).runOnce("retention", () -> { })).isTrue();
        AnonymisationRun before = anonymiser.lastRun();

        scheduledRetention().run();

        assertThat(anonymiser.lastRun()).isSameAs(before);
    }

    @Test
    void theScheduledRunRunsWhenNoOtherInstanceHasClaimedIt() {
        AnonymisationRun before = anonymiser.lastRun();

        scheduledRetention().run();

        assertThat(anonymiser.lastRun()).isNotNull().isNotSameAs(before);
        assertThat(database.rowCount("scheduled_work_lock")).isEqualTo(1);
    }

    private Runnable scheduledRetention() {
        List<Runnable> retention = schedulers.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask).map(task -> task.getRunnable())
                .filter(runnable -> runnable.toString().contains("once across instances: retention")).toList();
        assertThat(retention).hasSize(1);
        return retention.getFirst();
    }
}
