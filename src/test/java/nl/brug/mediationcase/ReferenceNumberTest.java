package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.horizontal;
import static nl.brug.mediationcase.CaseData.resident;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.brug.security.BrugUser;

@CaseIntegrationTest
class ReferenceNumberTest extends CaseTestSupport {

    private static final int THREADS = 8;
    private static final int REGISTRATIONS_PER_THREAD = 5;

    private BrugUser anna;

    @BeforeEach
    void people() {
        anna = fixture.mediator("anna", "Anna de Vries");
    }

    @Test
    void referencesAreSequentialWithinAYear() {
        assertThat(List.of(registerOne(), registerOne(), registerOne()))
                .containsExactly("2026-0001", "2026-0002", "2026-0003");
    }

    @Test
    void eachYearCountsFromOneAndKeepsItsOwnCounter() {
        registerOne();
        registerOne();
        fixture.clock().setDate(LocalDate.of(2027, 1, 1));
        assertThat(registerOne()).isEqualTo("2027-0001");
        assertThat(registerOne()).isEqualTo("2027-0002");
        // A late registration dated in the old year continues the old year's numbers.
        fixture.clock().setDate(LocalDate.of(2026, 12, 31));
        assertThat(registerOne()).isEqualTo("2026-0003");
    }

    @Test
    void theYearIsTheAmsterdamDateNotTheUtcDate() {
        // 31 December 23:30 UTC is already New Year's Day in Amsterdam.
        fixture.clock().set(Instant.parse("2026-12-31T23:30:00Z"));
        assertThat(registerOne()).isEqualTo("2027-0001");
    }

    @Test
    void aNumberIsNeverHandedOutTwiceEvenAfterItsCaseIsGone() {
        registerOne();
        registerOne();
        // Cases anonymised or removed by some later process: their numbers stay used.
        fixture.jdbc().sql("delete from case_history").update();
        fixture.jdbc().sql("delete from case_party").update();
        fixture.jdbc().sql("delete from case_search_word").update();
        fixture.jdbc().sql("delete from mediation_case").update();

        assertThat(registerOne()).isEqualTo("2026-0003");
    }

    @Test
    void concurrentRegistrationsGetDistinctGaplessNumbers() throws Exception {
        // One mediator per thread, each thread signed in on its own; no counter row exists yet, so the
        // threads also race to create the year's counter.
        List<BrugUser> mediators = IntStream.range(0, THREADS)
                .mapToObj(i -> fixture.mediator("mediator" + i, "Mediator " + i)).toList();
        CountDownLatch startGate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (BrugUser mediator : mediators) {
                Callable<List<String>> registrations = () -> {
                    startGate.await();
                    fixture.signIn(mediator);
                    try {
                        List<String> references = new ArrayList<>();
                        for (int i = 0; i < REGISTRATIONS_PER_THREAD; i++) {
                            references.add(cases.register(horizontal(mediator.displayName() + " zaak " + i,
                                    resident("Bewoner " + i))));
                        }
                        return references;
                    } finally {
                        fixture.signOut();
                    }
                };
                results.add(pool.submit(registrations));
            }
            startGate.countDown();

            List<String> references = new ArrayList<>();
            for (Future<List<String>> result : results) {
                references.addAll(result.get(2, TimeUnit.MINUTES));
            }

            assertThat(references).hasSize(THREADS * REGISTRATIONS_PER_THREAD).doesNotHaveDuplicates()
                    .allMatch(reference -> reference.startsWith("2026-"));
            assertThat(references.stream().map(r -> Integer.parseInt(r.substring(5))).sorted().toList())
                    .isEqualTo(IntStream.rangeClosed(1, THREADS * REGISTRATIONS_PER_THREAD).boxed().toList());
            assertThat(fixture.count("mediation_case")).isEqualTo(THREADS * REGISTRATIONS_PER_THREAD);
            assertThat(fixture.jdbc().sql("select last_number from case_reference_counter where ref_year = 2026")
                    .query(Integer.class).single()).isEqualTo(THREADS * REGISTRATIONS_PER_THREAD);
            // Each registration was recorded for the mediator who made it.
            for (BrugUser mediator : mediators) {
                assertThat(fixture.jdbc().sql("select count(*) from mediation_case where lead_mediator_id = ?")
                        .param(mediator.accountId()).query(Long.class).single()).isEqualTo(REGISTRATIONS_PER_THREAD);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
    }

    private String registerOne() {
        return register(anna, horizontal("Burenruzie", resident("Piet Post")));
    }
}
