package nl.brug.mediationcase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditService;
import nl.brug.base.BrugClock;
import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.internal.CaseAccess;
import nl.brug.mediationcase.internal.CaseListCsv;
import nl.brug.mediationcase.internal.CaseListItems;
import nl.brug.mediationcase.internal.CaseListQuery;
import nl.brug.mediationcase.internal.CaseRepository;
import nl.brug.mediationcase.internal.CaseRows;
import nl.brug.mediationcase.internal.CaseSpecifications;
import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;

/**
 * Finding cases: the paged, filtered list and the home page. A mediator finds only the cases assigned to
 * them; a supervisor finds all. Paging, sorting and filtering run in the database.
 */
@Service
@PreAuthorize("hasAnyRole('MEDIATOR', 'SUPERVISOR')")
public class CaseSearchService {

    /** Sessions shown on the home page: the coming two weeks. */
    static final int SESSION_DAYS_AHEAD = 14;
    /** Agreement items and follow-ups shown when due within a week, or overdue. */
    static final int DUE_DAYS_AHEAD = 7;

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("registeredOn"), Sort.Order.desc("id"));
    /** The list counts matching cases up to this many; above it, it says "more than". */
    public static final int COUNT_LIMIT = 1000;

    /** The audit trail keeps this much of a searched text. */
    static final int SEARCH_TEXT_AUDITED = 200;

    private final CaseRepository cases;
    private final CaseListItems listItems;
    private final BrugClock clock;
    private final AuditService audit;
    private final CaseListCsv csv;
    private final CaseListQuery listQuery;
    private final CaseRows rows;

    CaseSearchService(CaseRepository cases, CaseListItems listItems, BrugClock clock, AuditService audit,
            CaseListCsv csv, CaseListQuery listQuery, CaseRows rows) {
        this.listQuery = listQuery;
        this.cases = cases;
        this.rows = rows;
        this.listItems = listItems;
        this.clock = clock;
        this.audit = audit;
        this.csv = csv;
    }

    /**
     * One page of the list, with the exact number of matching cases (counted only when the page does not tell it).
     * The list on screen asks {@link #rows} and {@link #countUpTo} instead, which never count every match.
     */
    @Transactional
    public Page<CaseListItem> page(CaseFilter filter, Pageable pageable) {
        List<CaseListItem> rows = rows(filter, pageable);
        Long restriction = restrictionFor(CurrentUser.require());
        return PageableExecutionUtils.getPage(rows, pageable, () -> listQuery.count(filter, restriction));
    }

    /**
     * One page of the list's rows, read in one query of the list's columns (decision 035). A search with free text
     * (often a person's name) is recorded in the audit trail, once per search: when its first page is asked for;
     * the grid asks for the next pages as the user scrolls. No transaction of its own: one query, and the audit
     * record has its own.
     */
    public List<CaseListItem> rows(CaseFilter filter, Pageable pageable) {
        BrugUser user = CurrentUser.require();
        if (pageable.getPageNumber() == 0 && !filter.text().isBlank()) {
            String text = filter.text();
            audit.record(AuditAction.CASE_LIST_SEARCHED, null,
                    text.length() <= SEARCH_TEXT_AUDITED ? text : text.substring(0, SEARCH_TEXT_AUDITED));
        }
        return listQuery.rows(filter, restrictionFor(user), pageable.getSort(), pageable.getOffset(),
                pageable.getPageSize());
    }

    @Transactional(readOnly = true)
    public long count(CaseFilter filter) {
        return listQuery.count(filter, restrictionFor(CurrentUser.require()));
    }

    /**
     * The number of matching cases up to {@link #COUNT_LIMIT}; {@code COUNT_LIMIT + 1} means "more than that". A
     * count of every match would cost more than the page it stands above (a million cases).
     */
    public long countUpTo(CaseFilter filter) {
        return listQuery.countUpTo(filter, restrictionFor(CurrentUser.require()), COUNT_LIMIT);
    }

    /**
     * Writes every case of the list as the filter and the user's access find it (all pages, not only the one on
     * screen) as CSV for a spreadsheet ({@link CaseListCsv}), and records the export, with the filter and the
     * number of cases, in the audit trail. The writer is flushed, not closed.
     *
     * @return the number of cases written
     */
    // Not read-only: recording the export is a write. Repeatable read: PostgreSQL then reads every page from the
    // one state the export started in.
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public int exportCsv(CaseFilter filter, Locale locale, Writer out) {
        BrugUser user = CurrentUser.require();
        int written;
        try {
            written = csv.write(CaseSpecifications.matching(filter, restrictionFor(user)), locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.CASE_LIST_EXPORTED, null, written + " cases " + audited(filter));
        return written;
    }

    /** The filter as the audit trail keeps it: a searched text as long as a search keeps it. */
    private static CaseFilter audited(CaseFilter filter) {
        String text = filter.text();
        return text.length() <= SEARCH_TEXT_AUDITED ? filter : filter.withText(text.substring(0, SEARCH_TEXT_AUDITED));
    }

    /**
     * The home page. Every list is computed in the database and holds at most {@link MyWork#MAX_ROWS} rows; the
     * open cases and the overdue intakes come with their full count (issue 14: a supervisor's page loaded every
     * waiting case of the pool).
     */
    @Transactional(readOnly = true)
    public MyWork myWork() {
        BrugUser user = CurrentUser.require();
        LocalDate today = clock.today();
        long me = user.accountId();

        List<CaseListItem> openCases = rows.assignedOpen(me, MyWork.MAX_ROWS);
        long openCount = openCases.size() < MyWork.MAX_ROWS ? openCases.size() : rows.countAssignedOpen(me);

        ZonedDateTime startOfToday = today.atStartOfDay(DisplayFormats.ZONE);
        List<MyWork.UpcomingSession> sessions = rows.plannedSessions(me, startOfToday.toInstant(),
                startOfToday.plusDays(SESSION_DAYS_AHEAD + 1L).toInstant(), MyWork.MAX_ROWS);
        List<MyWork.DueItem> dueItems = rows.dueItems(me, today.plusDays(DUE_DAYS_AHEAD), today, MyWork.MAX_ROWS);
        List<MyWork.DueFollowUp> followUps = rows.dueFollowUps(me, today.plusDays(DUE_DAYS_AHEAD), today,
                MyWork.MAX_ROWS);
        boolean supervisor = CaseAccess.maySeeAllCases(user);
        // Passed deadlines keep warning until a mediator marks them handled; supervisors see every open case's.
        List<MyWork.ProcedureDeadline> deadlines = rows.deadlines(supervisor ? null : me,
                today.plusDays(DeadlineStatus.WARN_DAYS_AHEAD), today, MyWork.MAX_ROWS);
        List<CaseListItem> overdueIntakes = supervisor ? rows.overdueIntakes(today, MyWork.MAX_ROWS) : List.of();
        long overdueCount = overdueIntakes.size() < MyWork.MAX_ROWS ? overdueIntakes.size()
                : rows.countOverdueIntakes(today);
        return new MyWork(openCases, openCount, sessions, dueItems, followUps, deadlines, overdueIntakes, overdueCount);
    }

    private static @Nullable Long restrictionFor(BrugUser user) {
        return CaseAccess.maySeeAllCases(user) ? null : user.accountId();
    }
}
