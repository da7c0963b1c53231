package nl.brug.calendar;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditService;
import nl.brug.base.BrugClock;
import nl.brug.calendar.internal.IcsWriter;
import nl.brug.mediationcase.CaseSessionService;
import nl.brug.mediationcase.ScheduledSession;
import nl.brug.mediationcase.SessionCalendarDownload;

/**
 * A session of a case as a calendar file. Who may download it is who may open the case: the case feature
 * decides ({@link CaseSessionService#session}), and a case the user may not open is "not found".
 */
@Service
@PreAuthorize("hasAnyRole('MEDIATOR', 'SUPERVISOR')")
public class CalendarService implements SessionCalendarDownload {

    private final CaseSessionService sessions;
    private final IcsWriter ics;
    private final AuditService audit;
    private final BrugClock clock;

    CalendarService(CaseSessionService sessions, IcsWriter ics, AuditService audit, BrugClock clock) {
        this.sessions = sessions;
        this.ics = ics;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SessionCalendarFile sessionEvent(String reference, long sessionId, Locale locale) {
        ScheduledSession session = sessions.session(reference, sessionId);
        String text = ics.write(List.of(session), clock.now(), locale, "");
        audit.record(AuditAction.CALENDAR_EVENT_DOWNLOADED, reference, "session " + sessionId);
        return new SessionCalendarFile("brug-" + reference + "-" + sessionId + ".ics",
                text.getBytes(StandardCharsets.UTF_8));
    }
}
