package nl.brug.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import nl.brug.audit.internal.AuditRecord;
import nl.brug.audit.internal.AuditRepository;
import nl.brug.audit.internal.AuditSpecifications;
import nl.brug.audit.internal.RequestAddress;
import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.base.SpreadsheetCsv;
import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction: a change that is rolled back
 * leaves no record of a change that did not happen. Reading and exporting is for administrators; every
 * export is itself recorded.
 */
@Service
public class AuditService {

    /** The size of the case reference column: a longer text belongs in the detail. */
    public static final int CASE_REFERENCE_MAX = 12;

    /** The audit log counts matching records up to this many; above it, it says "more than". */
    public static final int COUNT_LIMIT = 1000;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));
    private static final int EXPORT_PAGE = 1000;

    private final AuditRepository records;
    private final Clock clock;
    private final AuditWording wording;
    private final BrugI18NProvider i18n;

    private final EntityManager entityManager;

    AuditService(AuditRepository records, Clock clock, AuditWording wording, BrugI18NProvider i18n,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.records = records;
        this.clock = clock;
        this.wording = wording;
        this.i18n = i18n;
    }

    /** Records an action of the signed-in user (or of nobody, before login). */
    @Transactional
    public void record(AuditAction action, @Nullable String caseReference, @Nullable String detail) {
        BrugUser user = CurrentUser.find().orElse(null);
        recordFor(user == null ? null : user.accountId(), user == null ? null : user.getUsername(), action,
                caseReference, detail);
    }

    /** Records an action of a known account, e.g. a login attempt, where no one is signed in yet. */
    @Transactional
    public void recordFor(@Nullable Long actorId, @Nullable String username, AuditAction action,
            @Nullable String caseReference, @Nullable String detail) {
        records.save(new AuditRecord(clock.instant(), actorId, username, action, caseReference, detail,
                RequestAddress.current()));
    }

    /**
     * With a case's anonymisation: the trail of who did what stays, but every detail that may hold a person's
     * words goes. Only the case feature's own coded changes and the openings are kept: they carry codes, never
     * names (decision 027). In the caller's transaction, so a failed anonymisation keeps them too. Only for the
     * nightly anonymisation, which runs as the system ({@code SystemTask}): no person can blank the trail.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ROLE_SYSTEM')")
    public int forgetDetailsOfCase(String caseReference) {
        return records.forgetDetailsOfCase(caseReference,
                List.of(AuditAction.CASE_CHANGED.name(), AuditAction.CASE_OPENED.name()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        // A slice, not a page: a page would count every match of ten million records with every page (decision 035).
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return records.findBy(AuditSpecifications.matching(filter), query -> query.slice(sorted))
                .map(AuditRecord::toEntry);
    }

    /**
     * The number of matching records up to {@link #COUNT_LIMIT}; {@code COUNT_LIMIT + 1} means "more than that": an
     * exact count of ten million records would take longer than the page it stands above.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countUpTo(AuditFilter filter) {
        // Reads ids only, and no more than one past the limit.
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditRecord> root = query.from(AuditRecord.class);
        Predicate where = AuditSpecifications.matching(filter).toPredicate(root, query, cb);
        query.select(root.get("id"));
        if (where != null) {
            query.where(where);
        }
        return entityManager.createQuery(query).setMaxResults(COUNT_LIMIT + 1).getResultList().size();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return records.count(AuditSpecifications.matching(filter));
    }

    /**
     * Writes every record that matches the filter as CSV for a spreadsheet ({@link SpreadsheetCsv}): action and
     * detail in the reader's words, and the stored codes in two extra columns.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void exportCsv(AuditFilter filter, Locale locale, Writer out) {
        try (CSVPrinter csv = SpreadsheetCsv.open(out, Stream.of("audit.time", "audit.user", "audit.action",
                "audit.case", "audit.detail", "audit.address", "audit.csv.actionCode", "audit.csv.detailCode")
                .map(key -> i18n.getTranslation(key, locale)).toArray(String[]::new))) {
            Page<AuditRecord> page;
            int number = 0;
            do {
                page = records.findAll(AuditSpecifications.matching(filter), PageRequest.of(number++, EXPORT_PAGE, NEWEST_FIRST));
                for (AuditRecord record : page) {
                    AuditEntry entry = record.toEntry();
                    SpreadsheetCsv.row(csv, DisplayFormats.dateTime(entry.at()), entry.username(),
                            wording.action(entry.action(), locale), entry.caseReference(),
                            wording.detail(entry.action(), entry.detail(), locale), entry.address(),
                            entry.action().name(), entry.detail());
                }
            } while (page.hasNext());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record(AuditAction.EXPORT, null, "audit log " + filter);
    }
}
