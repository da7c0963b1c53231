package nl.brug.mediationcase;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.brug.mediationcase.session.SessionKind;

/**
 * The home page of a mediator: open cases, the coming sessions, and what is due. Deadlines come most urgent
 * first, passed ones before coming ones.
 */
public record MyWork(
        List<CaseListItem> openCases,
        List<UpcomingSession> sessions,
        List<DueItem> dueItems,
        List<DueFollowUp> followUps,
        List<ProcedureDeadline> deadlines,
        List<CaseListItem> overdueIntakes) {

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
