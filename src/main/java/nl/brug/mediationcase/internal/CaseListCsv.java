package nl.brug.mediationcase.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import nl.brug.account.AccountService;
import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.base.Labelled;
import nl.brug.base.SpreadsheetCsv;

/**
 * The case list as CSV for a spreadsheet ({@link SpreadsheetCsv}: semicolons, byte-order mark, dates as
 * 22-11-2026): one row per case with what the list shows and the case's other coded facts, in the reader's
 * words, and the stored codes in extra columns at the end (as the audit export does), the same in every
 * language, for a script. No party names, descriptions or notes: the list does not show them either, and a
 * file that leaves Brug is easily forwarded (decision 033).
 *
 * <p>Reads page by page, each page continuing after the last case of the one before ({@link
 * CaseSpecifications#after}), and empties the persistence context after each page, so an export of 100,000 cases
 * holds one page of cases at a time.
 */
@Component
public class CaseListCsv {

    /** Cases read per query; the persistence context never holds more. */
    static final int PAGE = 500;

    /** The list's default order, which the export keeps: newest registration first. */
    private static final Sort ORDER = Sort.by(Sort.Order.desc("registeredOn"), Sort.Order.desc("id"));

    static final List<String> HEADER_KEYS = List.of("case.reference", "case.title", "case.kind", "case.theme",
            "case.status", "case.urgency", "case.municipality", "case.neighbourhood", "case.registeredOn",
            "case.lead", "case.co", "cases.csv.intakeOn", "cases.csv.intakeDueOn", "procedure.kind", "cases.csv.procedureDeadline",
            "case.closedOn", "case.outcome", "cases.csv.kindCode", "cases.csv.themeCode", "cases.csv.statusCode",
            "cases.csv.urgencyCode", "cases.csv.procedureCode", "cases.csv.outcomeCode");

    private final CaseRepository cases;
    private final AccountService accounts;
    private final EntityManager entityManager;
    private final BrugI18NProvider i18n;

    CaseListCsv(CaseRepository cases, AccountService accounts, EntityManager entityManager, BrugI18NProvider i18n) {
        this.cases = cases;
        this.accounts = accounts;
        this.entityManager = entityManager;
        this.i18n = i18n;
    }

    /**
     * Writes every case that matches, in the list's default order, and flushes; the caller owns the writer and
     * the transaction (one, so that the pages are read from one state of the database where it keeps one).
     *
     * @return the number of cases written
     */
    public int write(Specification<MediationCase> matching, Locale locale, Writer out) throws IOException {
        return write(matching, locale, out, PAGE);
    }

    /** As above, with pages of the given size: a test crosses page ends with a handful of cases. */
    int write(Specification<MediationCase> matching, Locale locale, Writer out, int pageSize) throws IOException {
        Locale language = BrugI18NProvider.supported(locale);
        CSVPrinter csv = SpreadsheetCsv.open(out, HEADER_KEYS.stream()
                .map(key -> i18n.getTranslation(key, language)).toArray(String[]::new));
        Map<Long, String> names = new HashMap<>();
        int written = 0;
        List<MediationCase> page = firstPage(matching, pageSize);
        while (!page.isEmpty()) {
            addNames(page, names);
            for (MediationCase c : page) {
                row(csv, c, names, language);
            }
            written += page.size();
            MediationCase last = page.getLast();
            Specification<MediationCase> next = matching.and(CaseSpecifications.after(last.getRegisteredOn(),
                    Objects.requireNonNull(last.getId(), "a stored case has an id")));
            boolean more = page.size() == pageSize;
            // Nothing of these cases changed: forgetting them keeps the memory to one page, however long the list.
            entityManager.clear();
            page = more ? firstPage(next, pageSize) : List.of();
            csv.flush();
        }
        csv.flush();
        return written;
    }

    /** The first cases in the list's order, without counting them all as a page of the grid does. */
    private List<MediationCase> firstPage(Specification<MediationCase> matching, int size) {
        return cases.findBy(matching, query -> query.sortBy(ORDER).limit(size).all());
    }

    /** The mediators' names, asked for once per person: a pool has tens of mediators, the list many cases. */
    private void addNames(List<MediationCase> page, Map<Long, String> names) {
        Set<Long> unknown = new HashSet<>();
        for (MediationCase c : page) {
            Stream.of(c.mediators().leadId(), c.mediators().coId())
                    .filter(id -> id != null && !names.containsKey(id)).forEach(unknown::add);
        }
        if (!unknown.isEmpty()) {
            names.putAll(accounts.displayNames(unknown));
        }
    }

    private void row(CSVPrinter csv, MediationCase c, Map<Long, String> names, Locale language) throws IOException {
        CaseSubject subject = c.subject();
        FormalProcedure procedure = c.procedure();
        Closing closing = c.closing();
        SpreadsheetCsv.row(csv,
                c.getReference(), subject.title(), words(subject.kind(), language), words(subject.theme(), language),
                words(c.getStatus(), language), words(subject.urgency(), language), subject.municipality(),
                subject.neighbourhood(), DisplayFormats.date(c.getRegisteredOn()),
                name(c.mediators().leadId(), names), name(c.mediators().coId(), names),
                DisplayFormats.date(c.milestones().intakeOn()),
                // The intake clock only runs while no intake has taken place on a case that is still open.
                c.milestones().intakeOn() == null && !c.isClosed() ? DisplayFormats.date(c.intakeDueDate()) : "",
                words(procedure.kind(), language), DisplayFormats.date(procedure.deadline()),
                DisplayFormats.date(closing.closedOn()), words(closing.outcome(), language),
                subject.kind().name(), subject.theme().name(), c.getStatus().name(), subject.urgency().name(),
                code(procedure.kind()), code(closing.outcome()));
    }

    private String words(@Nullable Labelled value, Locale language) {
        return value == null ? "" : i18n.getTranslation(value.messageKey(), language);
    }

    private static String code(@Nullable Enum<?> value) {
        return value == null ? "" : value.name();
    }

    /** A mediator's name; an account that no longer exists keeps its number, as the audit trail says it. */
    private static String name(@Nullable Long id, Map<Long, String> names) {
        return id == null ? "" : names.getOrDefault(id, "#" + id);
    }
}
