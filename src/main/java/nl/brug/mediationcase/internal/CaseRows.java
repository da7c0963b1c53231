package nl.brug.mediationcase.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.brug.account.AccountService;
import nl.brug.base.BrugClock;
import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseListItem;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.DeadlineStatus;
import nl.brug.mediationcase.MyWork;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.ProcedureKind;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.session.SessionKind;

/**
 * The work lists (Mijn werk, the intake and review queues) as list rows straight from the database: one query
 * for the rows of a page, one for the lead mediators' names, and a count where the screen shows one. No case is
 * loaded as an entity and no list is longer than the page asked for, so the cost does not grow with the number
 * of cases (issue 14; decision 036). Plain SQL that H2 and PostgreSQL both accept.
 */
@Component
public class CaseRows {

    private static final String COLUMNS = "select c.reference, c.title, c.kind, c.theme, c.status, c.registered_on,"
            + " c.lead_mediator_id, c.outcome, c.intake_on, c.intake_clock_from from mediation_case c";
    private static final String OPEN = "('REGISTERED', 'INTAKE', 'IN_MEDIATION', 'AGREEMENT', 'FOLLOW_UP')";

    /**
     * A mediator's open cases: those they lead and those they co-mediate, as two index lookups (an {@code or}
     * over the two columns makes H2 read every case).
     */
    private static final String ASSIGNED_OPEN_IDS = "select id from mediation_case where lead_mediator_id = :mediator"
            + " and status in " + OPEN + " union select id from mediation_case where co_mediator_id = :mediator"
            + " and status in " + OPEN;

    /** Every case a mediator leads or co-mediates, whatever its status. */
    private static final String ASSIGNED_IDS = "select id from mediation_case where lead_mediator_id = :mediator"
            + " union select id from mediation_case where co_mediator_id = :mediator";

    /** Waiting for the first intake contact, the clock (registration or reopening) started before the cut-off. */
    private static final String OVERDUE_INTAKE = " where c.status in ('REGISTERED', 'INTAKE') and c.intake_on is null"
            + " and ((c.intake_clock_from is null and c.registered_on < :cutoff) or c.intake_clock_from < :cutoff)";

    private static final String UNASSIGNED = " where c.status in " + OPEN + " and c.lead_mediator_id is null";
    /**
     * Only a closed case has a review state (V4: null while open, cleared on reopening); saying "and closed" as
     * well made H2 walk every closed case by the status index.
     */
    private static final String AWAITING_REVIEW = " where c.review_state = 'AWAITING_REVIEW'";

    /**
     * Before any deadline Brug holds. Said as a lower bound, it lets H2 start its index walk at the first deadline
     * (on 1,000,000 cases: 7,000 entries, 12 ms) instead of at the many cases without one (757,000, 220 ms).
     */
    private static final LocalDate EARLIEST_DEADLINE = LocalDate.of(1900, 1, 1);

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final BrugClock clock;

    CaseRows(JdbcClient jdbc, AccountService accounts, BrugClock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The newest of a mediator's open cases, at most {@code limit}. */
    public List<CaseListItem> assignedOpen(long mediatorId, int limit) {
        return rows(COLUMNS + " where c.id in (" + ASSIGNED_OPEN_IDS + ") order by c.registered_on desc, c.id desc"
                + " limit :limit", Map.of("mediator", mediatorId, "limit", limit));
    }

    public long countAssignedOpen(long mediatorId) {
        return count("select count(*) from (" + ASSIGNED_OPEN_IDS + ") assigned", Map.of("mediator", mediatorId));
    }

    /** Overdue intakes across the pool, the newest first, at most {@code limit}; see {@link Milestones#intakeOverdueBefore}. */
    public List<CaseListItem> overdueIntakes(LocalDate today, int limit) {
        return rows(COLUMNS + OVERDUE_INTAKE + " order by c.registered_on desc, c.id desc limit :limit",
                Map.of("cutoff", Milestones.intakeOverdueBefore(today), "limit", limit));
    }

    public long countOverdueIntakes(LocalDate today) {
        return count("select count(*) from mediation_case c" + OVERDUE_INTAKE,
                Map.of("cutoff", Milestones.intakeOverdueBefore(today)));
    }

    /** Open cases without a lead, the longest waiting first. */
    public Page<CaseListItem> unassigned(Pageable page) {
        return page(COLUMNS + UNASSIGNED + " order by c.registered_on, c.id", "select count(*) from mediation_case c"
                + UNASSIGNED, page);
    }

    public long countUnassigned() {
        return count("select count(*) from mediation_case c" + UNASSIGNED, Map.of());
    }

    /** Closed cases awaiting a verdict, the longest closed first. */
    public Page<CaseListItem> awaitingReview(Pageable page) {
        return page(COLUMNS + AWAITING_REVIEW + " order by c.closed_on, c.id", "select count(*) from mediation_case c"
                + AWAITING_REVIEW, page);
    }

    public long countAwaitingReview() {
        return count("select count(*) from mediation_case c" + AWAITING_REVIEW, Map.of());
    }

    /** Closed cases a supervisor returned to this mediator, at most {@code limit}, the longest closed first. */
    public List<CaseListItem> returnedTo(long mediatorId, int limit) {
        // Driven by the few returned cases (their index), not by every case the mediator ever had: those lie
        // scattered over the years, and reading them is what grows with the data.
        return rows(COLUMNS + " where c.review_state = 'RETURNED' and (c.lead_mediator_id = :mediator"
                + " or c.co_mediator_id = :mediator) order by c.closed_on, c.id limit :limit",
                Map.of("mediator", mediatorId, "limit", limit));
    }

    /** Open cases led or co-mediated by one of these accounts, the longest waiting first, at most {@code limit}. */
    public List<CaseListItem> openWithMediatorAmong(Collection<Long> accountIds, int limit) {
        return rows(COLUMNS + " where c.id in (select id from mediation_case where lead_mediator_id in (:accounts)"
                + " and status in " + OPEN + " union select id from mediation_case where co_mediator_id in (:accounts)"
                + " and status in " + OPEN + ") order by c.registered_on, c.id limit :limit",
                Map.of("accounts", accountIds, "limit", limit));
    }

    /**
     * Open cases whose procedure deadline falls on or before {@code until} and is not handled, the soonest first,
     * at most {@code limit}: of one mediator, or of every mediator when {@code mediatorId} is null.
     */
    public List<MyWork.ProcedureDeadline> deadlines(@Nullable Long mediatorId, LocalDate until, LocalDate today,
            int limit) {
        String which = mediatorId == null ? "status in " + OPEN : "id in (" + ASSIGNED_OPEN_IDS + ")";
        Map<String, Object> parameters = new HashMap<>(Map.of("earliest", EARLIEST_DEADLINE, "until", until,
                "limit", limit));
        if (mediatorId != null) {
            parameters.put("mediator", mediatorId);
        }
        return jdbc.sql("select reference, title, procedure_kind, procedure_deadline, procedure_handled_on"
                + " from mediation_case where " + which + " and procedure_kind is not null"
                + " and procedure_deadline between :earliest and :until"
                + " and procedure_handled_on is null order by procedure_deadline, id limit :limit")
                .params(parameters)
                .query((rs, n) -> new MyWork.ProcedureDeadline(rs.getString(1), rs.getString(2),
                        DeadlineStatus.of(ProcedureKind.valueOf(rs.getString(3)),
                                Objects.requireNonNull(rs.getObject(4, LocalDate.class)), null, today)))
                .list();
    }

    /** A mediator's open cases with a follow-up on or before {@code until} and no finding yet, the soonest first. */
    public List<MyWork.DueFollowUp> dueFollowUps(long mediatorId, LocalDate until, LocalDate today, int limit) {
        return jdbc.sql("select reference, title, follow_up_on from mediation_case where id in (" + ASSIGNED_OPEN_IDS
                + ") and follow_up_on <= :until and follow_up_finding is null order by follow_up_on, id limit :limit")
                .params(Map.of("mediator", mediatorId, "until", until, "limit", limit))
                .query((rs, n) -> {
                    LocalDate followUp = Objects.requireNonNull(rs.getObject(3, LocalDate.class));
                    return new MyWork.DueFollowUp(rs.getString(1), rs.getString(2), followUp, followUp.isBefore(today));
                })
                .list();
    }

    /** A mediator's planned sessions starting in [from, to), the soonest first, at most {@code limit}. */
    public List<MyWork.UpcomingSession> plannedSessions(long mediatorId, Instant from, Instant to, int limit) {
        return jdbc.sql("select c.reference, c.title, s.session_kind, s.starts_at, s.location, s.online"
                + " from case_session s join mediation_case c on c.id = s.case_id where s.case_id in (" + ASSIGNED_IDS
                + ") and s.status = 'PLANNED' and s.starts_at >= :from and s.starts_at < :to"
                + " order by s.starts_at, s.id limit :limit")
                .params(Map.of("mediator", mediatorId, "from", Timestamp.from(from), "to", Timestamp.from(to),
                        "limit", limit))
                .query((rs, n) -> new MyWork.UpcomingSession(rs.getString(1), rs.getString(2),
                        SessionKind.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant()
                                .atZone(DisplayFormats.ZONE).toLocalDateTime(), rs.getString(5), rs.getBoolean(6)))
                .list();
    }

    /** Open agreement items of a mediator's open cases due on or before {@code until}, the soonest first. */
    public List<MyWork.DueItem> dueItems(long mediatorId, LocalDate until, LocalDate today, int limit) {
        return jdbc.sql("select c.reference, c.title, i.description, i.responsible, i.due_on"
                + " from agreement_item i join mediation_case c on c.id = i.case_id where i.case_id in ("
                + ASSIGNED_OPEN_IDS + ") and i.status = 'OPEN' and i.due_on <= :until order by i.due_on, i.id"
                + " limit :limit")
                .params(Map.of("mediator", mediatorId, "until", until, "limit", limit))
                .query((rs, n) -> {
                    LocalDate due = Objects.requireNonNull(rs.getObject(5, LocalDate.class));
                    return new MyWork.DueItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), due,
                            due.isBefore(today));
                })
                .list();
    }

    private Page<CaseListItem> page(String rowsSql, String countSql, Pageable page) {
        List<CaseListItem> content = rows(rowsSql + " limit :limit offset :offset",
                Map.of("limit", page.getPageSize(), "offset", page.getOffset()));
        // A short first page holds them all: no count needed (what Spring Data's own paging does too).
        if (page.getOffset() == 0 && content.size() < page.getPageSize()) {
            return new PageImpl<>(content, page, content.size());
        }
        return new PageImpl<>(content, page, count(countSql, Map.of()));
    }

    private long count(String sql, Map<String, ?> parameters) {
        return Objects.requireNonNull(jdbc.sql(sql).params(parameters).query(Long.class).single());
    }

    private List<CaseListItem> rows(String sql, Map<String, ?> parameters) {
        LocalDate today = clock.today();
        LocalDate cutoff = Milestones.intakeOverdueBefore(today);
        List<Row> rows = jdbc.sql(sql).params(parameters).query((rs, n) -> Row.of(rs, cutoff)).list();
        Set<Long> leadIds = rows.stream().map(Row::leadId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names = leadIds.isEmpty() ? Map.of() : accounts.displayNames(leadIds);
        return rows.stream().map(row -> row.item(names)).toList();
    }

    /** A row as read, before the lead's name is known. */
    private record Row(String reference, String title, CaseKind kind, Theme theme, CaseStatus status,
            LocalDate registeredOn, @Nullable Long leadId, @Nullable Outcome outcome, boolean intakeOverdue) {

        static Row of(ResultSet rs, LocalDate overdueCutoff) throws SQLException {
            CaseStatus status = CaseStatus.valueOf(rs.getString(5));
            LocalDate registered = Objects.requireNonNull(rs.getObject(6, LocalDate.class));
            long lead = rs.getLong(7);
            Long leadId = rs.wasNull() ? null : lead;
            String outcome = rs.getString(8);
            LocalDate intakeOn = rs.getObject(9, LocalDate.class);
            LocalDate clockFrom = rs.getObject(10, LocalDate.class);
            // The same rule as Milestones.intakeOverdue, with the cut-off computed once for all rows.
            boolean overdue = intakeOn == null && (status == CaseStatus.REGISTERED || status == CaseStatus.INTAKE)
                    && (clockFrom == null ? registered : clockFrom).isBefore(overdueCutoff);
            return new Row(rs.getString(1), rs.getString(2), CaseKind.valueOf(rs.getString(3)),
                    Theme.valueOf(rs.getString(4)), status, registered, leadId,
                    outcome == null ? null : Outcome.valueOf(outcome), overdue);
        }

        CaseListItem item(Map<Long, String> names) {
            return new CaseListItem(reference, title, kind, theme, status, registeredOn,
                    leadId == null ? null : names.get(leadId), outcome, intakeOverdue);
        }
    }
}
