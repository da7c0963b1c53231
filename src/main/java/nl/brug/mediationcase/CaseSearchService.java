package nl.brug.mediationcase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.internal.CaseAccess;
import nl.brug.mediationcase.internal.CaseListCsv;
import nl.brug.mediationcase.internal.CaseListItems;
import nl.brug.mediationcase.internal.CaseListQuery;
import nl.brug.mediationcase.internal.CaseRepository;
import nl.brug.mediationcase.internal.CaseSession;
import nl.brug.mediationcase.internal.CaseSpecifications;
import nl.brug.mediationcase.internal.MediationCase;
import nl.brug.mediationcase.internal.Milestones;
import nl.brug.mediationcase.session.SessionData;
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

    CaseSearchService(CaseRepository cases, CaseListItems listItems, BrugClock clock, AuditService audit,
            CaseListCsv csv, CaseListQuery listQuery) {
        this.listQuery = listQuery;
        this.cases = cases;
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

    @Transactional(readOnly = true)
    public MyWork myWork() {
        BrugUser user = CurrentUser.require();
        LocalDate today = clock.today();
        long me = user.accountId();

        List<MediationCase> open = cases.findAssigned(me, EnumSet.complementOf(EnumSet.of(CaseStatus.CLOSED)));
        Map<MediationCase, CaseListItem> items = listItems.byCase(open);
        List<CaseListItem> openCases = open.stream().map(items::get).toList();

        ZonedDateTime startOfToday = today.atStartOfDay(DisplayFormats.ZONE);
        List<MyWork.UpcomingSession> sessions = cases.findPlannedSessions(me, startOfToday.toInstant(),
                startOfToday.plusDays(SESSION_DAYS_AHEAD + 1L).toInstant()).stream()
                .map(CaseSearchService::upcoming).toList();

        List<MyWork.DueItem> dueItems = cases.findDueItems(me, today.plusDays(DUE_DAYS_AHEAD)).stream()
                .map(item -> dueItem(item, today)).toList();

        List<MyWork.DueFollowUp> followUps = new ArrayList<>();
        for (MediationCase c : open) {
            LocalDate followUp = c.agreement().followUpOn();
            if (followUp != null && c.agreement().finding() == null && !followUp.isAfter(today.plusDays(DUE_DAYS_AHEAD))) {
                followUps.add(new MyWork.DueFollowUp(c.getReference(), c.subject().title(), followUp, followUp.isBefore(today)));
            }
        }
        List<MyWork.ProcedureDeadline> deadlines = deadlines(user, today);
        List<CaseListItem> overdueIntakes = CaseAccess.maySeeAllCases(user) ? overdueIntakes(today) : List.of();
        return new MyWork(openCases, sessions, dueItems, followUps, deadlines, overdueIntakes);
    }

    /**
     * Procedure deadlines that are near or passed and not handled, the most urgent first: a passed deadline
     * keeps warning until a mediator marks it handled. Supervisors see those of every open case.
     */
    private List<MyWork.ProcedureDeadline> deadlines(BrugUser user, LocalDate today) {
        LocalDate until = today.plusDays(DeadlineStatus.WARN_DAYS_AHEAD);
        List<MediationCase> due = CaseAccess.maySeeAllCases(user)
                ? cases.findDeadlinesUntil(until)
                : cases.findDeadlinesUntil(user.accountId(), until);
        return due.stream().map(c -> new MyWork.ProcedureDeadline(c.getReference(), c.subject().title(),
                Objects.requireNonNull(c.procedure().status(today)))).toList();
    }

    /** For supervisors: every case across the pool still waiting for its first intake contact. */
    private List<CaseListItem> overdueIntakes(LocalDate today) {
        // Five working days are at least five calendar days: the database narrows the candidates down,
        // the case itself decides whether its intake is overdue.
        CaseFilter waiting = new CaseFilter("", Set.of(CaseStatus.REGISTERED, CaseStatus.INTAKE), null, null, null,
                today.minusDays(Milestones.INTAKE_WORKING_DAYS));
        List<MediationCase> candidates = cases.findAll(CaseSpecifications.matching(waiting, null), DEFAULT_SORT).stream()
                .filter(c -> c.intakeOverdue(today))
                .toList();
        Map<MediationCase, CaseListItem> items = listItems.byCase(candidates);
        return candidates.stream().map(items::get).toList();
    }

    private static MyWork.UpcomingSession upcoming(CaseSession session) {
        SessionData data = session.toData();
        MediationCase c = session.getMediationCaseForQueries();
        return new MyWork.UpcomingSession(c.getReference(), c.subject().title(), data.kind(), data.start(), data.location(),
                data.online());
    }

    private static MyWork.DueItem dueItem(nl.brug.mediationcase.internal.AgreementItem item, LocalDate today) {
        AgreementItemData data = item.toData();
        MediationCase c = item.getMediationCaseForQueries();
        LocalDate due = Objects.requireNonNull(data.dueOn());
        return new MyWork.DueItem(c.getReference(), c.subject().title(), data.description(), data.responsible(), due,
                due.isBefore(today));
    }

    private static @Nullable Long restrictionFor(BrugUser user) {
        return CaseAccess.maySeeAllCases(user) ? null : user.accountId();
    }
}
