package nl.brug.mediationcase;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One row of the case list. */
public record CaseListItem(String reference, String title, CaseKind kind, Theme theme, CaseStatus status,
        LocalDate registeredOn, @Nullable String leadMediator, @Nullable Outcome outcome, boolean intakeOverdue) {
}
