package nl.brug.mediationcase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.CaseEvent;
import nl.brug.mediationcase.CaseStatus;

/**
 * A case's history: every change of status, and events that change none (from = to = the status of the
 * moment). Append-only; works on the case's own list of entries.
 */
public final class CaseHistory {

    private final MediationCase theCase;
    private final List<HistoryEntry> entries;

    CaseHistory(MediationCase theCase, List<HistoryEntry> entries) {
        this.theCase = theCase;
        this.entries = entries;
    }

    void statusChanged(@Nullable CaseStatus from, CaseStatus to, @Nullable String reason, Instant at, long actorId) {
        entries.add(new HistoryEntry(theCase, at, actorId, from, to, reason));
    }

    void event(CaseEvent event, @Nullable Long noteId, Instant at, long actorId) {
        entries.add(HistoryEntry.event(theCase, at, actorId, theCase.getStatus(), event, noteId, null));
    }

    /** Something that happened for a reason the actor gave (the reason is a person's words: anonymised later). */
    void eventWithReason(CaseEvent event, String reason, Instant at, long actorId) {
        entries.add(HistoryEntry.event(theCase, at, actorId, theCase.getStatus(), event, null, reason));
    }

    /** The day (in Amsterdam) the case last entered the status; else the given day. */
    LocalDate dayEntered(CaseStatus target, LocalDate otherwise) {
        return entries.stream().filter(h -> h.getEvent() == null && h.getTo() == target)
                .map(HistoryEntry::getChangedAt).max(Comparator.naturalOrder())
                .map(at -> at.atZone(DisplayFormats.ZONE).toLocalDate()).orElse(otherwise);
    }

    /** Oldest first. */
    public List<HistoryEntry> entries() {
        return entries.stream().sorted(Comparator.comparing(HistoryEntry::getChangedAt)).toList();
    }
}
