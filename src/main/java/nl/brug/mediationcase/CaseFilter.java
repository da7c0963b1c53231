package nl.brug.mediationcase;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The list's filter: free text (reference, title, party name), status, kind, theme and a registration period. */
public record CaseFilter(String text, Set<CaseStatus> statuses, @Nullable CaseKind kind, @Nullable Theme theme,
        @Nullable LocalDate registeredFrom, @Nullable LocalDate registeredTo) {

    public CaseFilter {
        text = text.strip();
        statuses = Set.copyOf(statuses);
    }

    public static CaseFilter all() {
        return new CaseFilter("", Set.of(), null, null, null, null);
    }

    public CaseFilter withText(String newText) {
        return new CaseFilter(newText, statuses, kind, theme, registeredFrom, registeredTo);
    }

    public CaseFilter withStatuses(Set<CaseStatus> newStatuses) {
        return new CaseFilter(text, newStatuses, kind, theme, registeredFrom, registeredTo);
    }
}
