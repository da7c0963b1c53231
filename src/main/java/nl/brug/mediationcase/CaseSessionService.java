package nl.brug.mediationcase;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.mediationcase.internal.CaseAccess;
import nl.brug.mediationcase.internal.CaseRepository;
import nl.brug.mediationcase.internal.CaseSession;
import nl.brug.mediationcase.internal.MediationCase;
import nl.brug.mediationcase.session.SessionStatus;
import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;

/**
 * Sessions for calendars (the calendar feature): one session of a case, for someone who may open the case,
 * and all sessions of one mediator for their subscription feed. Returns {@link ScheduledSession}s, which hold
 * nothing about the parties.
 */
@Service
public class CaseSessionService {

    private final CaseAccess access;
    private final CaseRepository cases;

    CaseSessionService(CaseAccess access, CaseRepository cases) {
        this.access = access;
        this.cases = cases;
    }

    /**
     * One session of a case, by the case access rules: a case the user may not open is "not found" (and the
     * attempt is recorded like any refused opening). A session id that is not the case's is a bug.
     */
    @PreAuthorize("hasAnyRole('MEDIATOR', 'SUPERVISOR')")
    @Transactional
    public ScheduledSession session(String reference, long sessionId) {
        BrugUser user = CurrentUser.require();
        MediationCase c;
        try {
            c = access.visible(reference, user);
        } catch (CaseNotFoundException notFound) {
            access.openRefused(reference);
            throw notFound;
        }
        CaseSession session = c.parts().session(sessionId)
                .orElseThrow(() -> new IllegalArgumentException("No session " + sessionId + " in this case"));
        return scheduled(session, c.getReference());
    }

    /**
     * Every session (planned, held or cancelled) of the cases the mediator leads or co-mediates that starts in
     * [from, to), earliest first. Only for the subscription feed, which runs as the system once the feed's
     * token has named the mediator: no person is signed in on a phone's calendar.
     */
    @PreAuthorize("hasAuthority('ROLE_SYSTEM')")
    @Transactional(readOnly = true)
    public List<ScheduledSession> sessionsOf(long mediatorId, Instant from, Instant to) {
        return cases.findSessions(mediatorId, from, to).stream()
                .map(s -> scheduled(s, s.getMediationCaseForQueries().getReference())).toList();
    }

    private static ScheduledSession scheduled(CaseSession s, String reference) {
        return new ScheduledSession(s.getId() == null ? 0 : s.getId(), s.getVersion(), reference,
                s.getKind().messageKey(), s.getStartsAt(), s.getEndsAt(), s.getLocation(), s.isOnline(),
                s.getStatus() == SessionStatus.CANCELLED);
    }
}
