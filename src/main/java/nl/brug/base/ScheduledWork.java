package nl.brug.base;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

/**
 * Daily work that must run once per run across all Brug instances sharing one database (decision 038). Every
 * instance schedules it; at the due time each tries to claim the work's row in {@code scheduled_work_lock}
 * (ShedLock, times by the database's clock), one wins and runs it, the others skip that run.
 *
 * <p>The claim is held for at least {@link #AT_LEAST} after the run ends, so an instance whose clock is a few
 * minutes behind does not start the same run again once the first has finished; and at most {@link #AT_MOST}, so
 * an instance that dies mid-run blocks no later day's run.
 */
@Component
public class ScheduledWork {

    static final Duration AT_LEAST = Duration.ofHours(1);
    static final Duration AT_MOST = Duration.ofHours(12);

    private static final Logger log = LoggerFactory.getLogger(ScheduledWork.class);

    private final LockingTaskExecutor executor;

    public ScheduledWork(DataSource dataSource) {
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider
                .Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("scheduled_work_lock").usingDbTime().build()));
    }

    /** The work as a task to schedule: each run claims {@code name} first and is skipped if another holds it. */
    public Runnable onceAcrossInstances(String name, Runnable work) {
        return new Runnable() {
            @Override
            public void run() {
                runOnce(name, work);
            }

            @Override
            public String toString() {
                return "once across instances: " + name;
            }
        };
    }

    /** Runs the work unless another instance holds its claim; says whether it ran. */
    public boolean runOnce(String name, Runnable work) {
        // The real time, not Brug's clock: the claim's times come from the database's clock, and ShedLock refuses
        // a claim that would end in the past.
        LockConfiguration claim = new LockConfiguration(Instant.now(), name, AT_MOST, AT_LEAST);
        long start = System.nanoTime();
        boolean ran;
        try {
            ran = executor.executeWithLock(() -> {
                work.run();
                return Boolean.TRUE;
            }, claim).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable checked) {
            throw new IllegalStateException(checked);
        }
        if (ran) {
            log.info("Scheduled work {} ran on this instance in {} ms", name, (System.nanoTime() - start) / 1_000_000);
        } else {
            log.info("Scheduled work {} skipped: another instance has claimed this run", name);
        }
        return ran;
    }
}
