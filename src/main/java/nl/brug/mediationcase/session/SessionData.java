package nl.brug.mediationcase.session;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** A planned or held meeting. Times are local Amsterdam times as the mediator enters them. */
public record SessionData(
        SessionKind kind,
        LocalDateTime start,
        LocalDateTime end,
        @Nullable String location,
        boolean online,
        @Nullable String attendees,
        SessionStatus status,
        @Nullable String summary) {

    public static final int LOCATION_MAX = 200;
    public static final int ATTENDEES_MAX = 500;
    public static final int SUMMARY_MAX = 4000;

    public static SessionData planned(SessionKind kind, LocalDateTime start, LocalDateTime end, String location) {
        return new SessionData(kind, start, end, location, false, null, SessionStatus.PLANNED, null);
    }

    public SessionData held(String newSummary) {
        return new SessionData(kind, start, end, location, online, attendees, SessionStatus.HELD, newSummary);
    }

    public SessionData cancelled() {
        return new SessionData(kind, start, end, location, online, attendees, SessionStatus.CANCELLED, summary);
    }
}
