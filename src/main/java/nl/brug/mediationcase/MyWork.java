package nl.brug.mediationcase;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.brug.mediationcase.session.SessionKind;

/**
 * The home page of a mediator: open cases, the coming sessions, and what is due. Deadlines come most urgent
 * first, passed ones before coming ones. Each list holds at most {@link #MAX_ROWS} rows, so the page costs the
 * same at a million cases as at a thousand; the open cases (the newest first) and the overdue intakes come with
 * their full count, for the page to say how many more the case list holds.
 */
public record MyWork(
        List<CaseListItem> openCases,
        long openCaseCount,
        List<UpcomingSession> sessions,
        List<DueItem> dueItems,
        List<DueFollowUp> followUps,
        List<ProcedureDeadline> deadlines,
        List<CaseListItem> overdueIntakes,
        long overdueIntakeCount) {

    /** The most rows any list of the home page holds. */
    public static final int MAX_ROWS = 50;

    public record UpcomingSession(String reference, String caseTitle, SessionKind kind, LocalDateTime start,
            @Nullable String location, boolean online) {
    }

    public record DueItem(String reference, String caseTitle, String description, String responsible,
            LocalDate dueOn, boolean overdue) {
    }

    public record DueFollowUp(String reference, String caseTitle, LocalDate followUpOn, boolean overdue) {
    }

    /** A formal procedure's deadline that is near or passed; see {@link DeadlineStatus}. */
    public record ProcedureDeadline(String reference, String caseTitle, DeadlineStatus status) {
    }
}
