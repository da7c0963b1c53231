package nl.brug.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;

/**
 * Two Brug instances sharing one database run a day's scheduled work once: each instance is a
 * {@link ScheduledWork} of its own (its own lock provider) over the same database, as two JVMs would be.
 * Runs on H2 and, in the second test run, on PostgreSQL.
 */
@BrugSpringTest
class ScheduledWorkTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    DatabaseReset database;

    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void noClaims() {
        database.clear();
    }

    @Test
    void twoInstancesRacingForTheSameRunRunItOnce() throws Exception {
        ScheduledWork first = new ScheduledWork(dataSource);
        ScheduledWork second = new ScheduledWork(dataSource);
        CyclicBarrier bothDue = new CyclicBarrier(2);
        CountDownLatch loserSkipped = new CountDownLatch(1);
        // The winner keeps running until the other has given up, so the two runs overlap for certain; without
        // the claim both would run (and wait here for a skip that never comes).
        Runnable work = () -> {
            runs.incrementAndGet();
            awaitQuietly(loserSkipped);
        };
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> ran = List.of(first, second).stream().map(instance -> instances.submit(() -> {
                bothDue.await(30, TimeUnit.SECONDS);
                boolean didRun = instance.runOnce("retention", work);
                if (!didRun) {
                    loserSkipped.countDown();
                }
                return didRun;
            })).toList();

            assertThat(List.of(ran.get(0).get(1, TimeUnit.MINUTES), ran.get(1).get(1, TimeUnit.MINUTES)))
                    .containsExactlyInAnyOrder(true, false);
            assertThat(runs).hasValue(1);
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    void anInstanceThatComesLateAfterTheRunEndedDoesNotRunItAgain() {
        // A second instance whose clock is a little behind fires after the first has finished.
        assertThat(new ScheduledWork(dataSource).runOnce("retention", runs::incrementAndGet)).isTrue();
        assertThat(new ScheduledWork(dataSource).runOnce("retention", runs::incrementAndGet)).isFalse();

        assertThat(runs).hasValue(1);
        assertThat(database.rowCount("scheduled_work_lock")).isEqualTo(1);
    }

    @Test
    void eachKindOfWorkHasItsOwnClaim() {
        assertThat(new ScheduledWork(dataSource).runOnce("retention", runs::incrementAndGet)).isTrue();
        assertThat(new ScheduledWork(dataSource).runOnce("backup", runs::incrementAndGet)).isTrue();

        assertThat(runs).hasValue(2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
