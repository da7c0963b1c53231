package nl.brug.mediationcase;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A session as a calendar outside Brug may show it: when, where, what kind, and of which case. On purpose
 * without who takes part, the summary or the case's title: calendars are synchronised to phones and
 * third-party servers, and those must never learn a party's name (decision 032).
 *
 * @param sequence grows with every change of the session, so a calendar replaces its copy
 * @param kindKey the translation key of the session's kind ({@code session.kind.JOINT})
 * @param location the place, or the online link; empty when none was given
 */
public record ScheduledSession(long id, long sequence, String caseReference, String kindKey, Instant startsAt,
        Instant endsAt, @Nullable String location, boolean online, boolean cancelled) {
}
