package nl.brug.mediationcase;

import java.util.Locale;

/**
 * A session as a calendar file, offered in the case's sessions. The calendar feature implements it: that
 * feature reads sessions from this one, so the case's page reaches it through this interface rather than
 * depending on it (which would make a cycle).
 */
public interface SessionCalendarDownload {

    /** The session as an {@code .ics} file, for someone who may open the case; each download is audited. */
    SessionCalendarFile sessionEvent(String reference, long sessionId, Locale locale);

    /** A calendar file: its name and its content (UTF-8 text/calendar). */
    record SessionCalendarFile(String fileName, byte[] content) {
    }
}
