package nl.brug.mediationcase.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditService;
import nl.brug.base.BrugClock;
import nl.brug.mediationcase.internal.Retention;
import nl.brug.mediationcase.internal.SearchWords;
import nl.brug.security.SystemTask;

/**
 * Removes everything that points to a person from the closed cases whose retention term has passed, and keeps
 * what the reports need (decision 027). One transaction per case: a failure leaves that case as it was, is
 * logged and written to the audit trail for the administrators, and the run goes on; the next run tries again.
 *
 * <p>Of each party it keeps only keyed fingerprints of its name, e-mail address and phone number
 * ({@link PartyFingerprints}, decision 034), so that a person's access request still finds the case.
 *
 * <p>Plain SQL, case by case, rather than the entities: it touches every text column of a case's tables in one
 * statement each, and it runs without a signed-in user.
 */
@Component
class CaseAnonymiser {

    /** What an anonymised text reads: nothing of what was there, in no language. */
    static final String BLANK = "—";

    private static final Logger log = LoggerFactory.getLogger(CaseAnonymiser.class);

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final BrugClock clock;
    private final RetentionProperties properties;
    private final PartyFingerprints fingerprints;
    private final FingerprintKey keys;
    private final TransactionTemplate eachCase;
    private final AtomicReference<@Nullable AnonymisationRun> lastRun = new AtomicReference<>();

    CaseAnonymiser(JdbcClient jdbc, AuditService audit, BrugClock clock, RetentionProperties properties,
            PartyFingerprints fingerprints, FingerprintKey keys, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.fingerprints = fingerprints;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.eachCase = new TransactionTemplate(transactions);
        this.eachCase.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Anonymises every case that is due today, as the system; the nightly run, and a rerun after a failure. */
    AnonymisationRun anonymiseDue() {
        return SystemTask.run("retention", this::anonymiseDueAsSystem);
    }

    private AnonymisationRun anonymiseDueAsSystem() {
        List<String> anonymised = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        if (properties.enabled()) {
            LocalDate today = clock.today();
            for (String reference : due(today)) {
                try {
                    byte[] key = keys.forAnonymising();
                    eachCase.executeWithoutResult(status -> anonymise(reference, key, today, clock.now()));
                    anonymised.add(reference);
                } catch (RuntimeException failure) {
                    failed.add(reference);
                    reportFailure(reference, failure);
                }
            }
        }
        AnonymisationRun run = new AnonymisationRun(clock.now(), List.copyOf(anonymised), List.copyOf(failed));
        lastRun.set(run);
        if (!anonymised.isEmpty() || !failed.isEmpty()) {
            log.info("Anonymised {} closed cases past their retention term; {} failed", anonymised.size(), failed.size());
        }
        return run;
    }

    @Nullable AnonymisationRun lastRun() {
        return lastRun.get();
    }

    /** The closed cases due today ({@link Retention#dueOn}); the query only narrows to those past their term. */
    private List<String> due(LocalDate today) {
        return jdbc.sql("select reference, closed_on, retention_postponed_until from mediation_case"
                        + " where status = 'CLOSED' and anonymised_on is null and closed_on < :closedBefore"
                        + " order by closed_on, id")
                .param("closedBefore", today.minus(properties.closedCases()))
                .query((rows, number) -> new Closed(rows.getString(1), rows.getObject(2, LocalDate.class),
                        rows.getObject(3, LocalDate.class)))
                .list().stream()
                .filter(closed -> !Retention.dueOn(closed.on(), closed.postponedUntil(), properties.closedCases())
                        .isAfter(today))
                .map(Closed::reference).toList();
    }

    private record Closed(String reference, LocalDate on, @Nullable LocalDate postponedUntil) {
    }

    private void anonymise(String reference, byte[] key, LocalDate today, Instant now) {
        // Locks the case's row: a mediator's save at the same moment waits, then finds the case anonymised.
        Long id = jdbc.sql("select id from mediation_case where reference = :reference and anonymised_on is null"
                + " for update").param("reference", reference).query((rows, number) -> rows.getLong(1)).optional().orElse(null);
        if (id == null) {
            return; // done meanwhile
        }
        // Before the parties are blanked, and in the same transaction: a failure below leaves no fingerprints.
        fingerprints.keep(id, key);
        update("update case_party set name = :blank, represents = null, contact_person = null, email = null,"
                + " phone = null, address = null, preferred_language = null, version = version + 1"
                + " where case_id = :id", id);
        update("update case_history set note_id = null, reason = null where case_id = :id", id);
        update("delete from journal_note where case_id = :id", id);
        update("update case_session set location = null, attendees = null, summary = null, version = version + 1"
                + " where case_id = :id", id);
        update("update agreement_item set description = :blank, responsible = :blank, version = version + 1"
                + " where case_id = :id", id);
        update("update case_review set comment = null, answer = null, version = version + 1 where case_id = :id", id);
        jdbc.sql("update mediation_case set title = :blank, description = null, close_reason = null,"
                        + " follow_up_finding = null, procedure_reference = null, search_text = lower(reference),"
                        + " anonymised_on = :today, updated_at = :now, version = version + 1 where id = :id")
                .param("blank", BLANK).param("today", today).param("now", java.sql.Timestamp.from(now))
                .param("id", id).update();
        // The free-text words held the title and the names: only the reference's stay, as in the search text.
        update("delete from case_search_word where case_id = :id", id);
        for (String word : SearchWords.of(reference.toLowerCase(java.util.Locale.ROOT))) {
            jdbc.sql("insert into case_search_word (case_id, word) values (:id, :word)").param("id", id)
                    .param("word", word).update();
        }
        audit.forgetDetailsOfCase(reference);
        audit.record(AuditAction.CASE_ANONYMISED, reference, null);
    }

    private void update(String sql, long caseId) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("id", caseId);
        if (sql.contains(":blank")) {
            statement = statement.param("blank", BLANK);
        }
        statement.update();
    }

    private void reportFailure(String reference, RuntimeException failure) {
        // The exception's class only: its message may quote a party's name from the row that failed.
        log.warn("Anonymising case {} failed ({}); it is left as it was and tried again on the next run",
                reference, failure.getClass().getName());
        eachCase.executeWithoutResult(status -> audit.record(AuditAction.CASE_ANONYMISATION_FAILED, reference,
                failure.getClass().getSimpleName()));
    }
}
