package nl.brug.mediationcase.internal;

import java.time.LocalDate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case references such as {@code 2026-0042}: per year, unique, never reused. The year's counter
 * row is locked (SELECT ... FOR UPDATE) inside the registering transaction, so two registrations at the
 * same moment queue on it; a rolled-back registration gives its number back with the rollback, and a
 * committed one keeps it forever.
 */
@Component
public class ReferenceNumbers {

    private final ReferenceCounterRepository counters;
    private final TransactionTemplate separateTransaction;

    ReferenceNumbers(ReferenceCounterRepository counters, PlatformTransactionManager transactionManager) {
        this.counters = counters;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(LocalDate registeredOn) {
        int year = registeredOn.getYear();
        ensureCounterExists(year);
        ReferenceCounter counter = counters.lockYear(year).orElseThrow();
        return "%d-%04d".formatted(year, counter.next());
    }

    /** The first registration of a year creates its row; a racing second one finds it already there. */
    private void ensureCounterExists(int year) {
        if (counters.existsById(year)) {
            return;
        }
        try {
            separateTransaction.executeWithoutResult(status -> counters.insertYear(year));
        } catch (DataIntegrityViolationException alreadyCreated) {
            // Another registration created the row first: exactly what we need.
        }
    }
}
