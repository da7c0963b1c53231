package nl.brug.mediationcase.internal;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.Urgency;

/**
 * What a case is about and where it plays: the facts a mediator edits on the overview (the formal procedure
 * beside it is {@link FormalProcedure}). The list sorts and filters on {@code subject.title}, {@code .kind}
 * and {@code .theme} (see {@link CaseSpecifications}). A value: editing the overview replaces it.
 */
@Embeddable
public record CaseSubject(
        @Column(nullable = false) String title,
        @Enumerated(EnumType.STRING) @Column(nullable = false) CaseKind kind,
        @Enumerated(EnumType.STRING) @Column(nullable = false) Theme theme,
        @Nullable String description,
        @Enumerated(EnumType.STRING) @Column(nullable = false) Source source,
        @Nullable String municipality,
        @Nullable String neighbourhood,
        @Enumerated(EnumType.STRING) @Column(nullable = false) Urgency urgency) {

    /** The facts as entered, stripped, with empty text stored as nothing. */
    static CaseSubject of(CaseOverview overview) {
        return new CaseSubject(overview.title().strip(), overview.kind(), overview.theme(),
                Party.blankToNull(overview.description()), overview.source(), Party.blankToNull(overview.municipality()),
                Party.blankToNull(overview.neighbourhood()), overview.urgency());
    }

    /** The overview as the form shows it, with the formal procedure beside it. */
    CaseOverview toOverview(FormalProcedure procedure) {
        return new CaseOverview(title, kind, theme, description, source, municipality, neighbourhood, urgency,
                procedure.kind(), procedure.reference(), procedure.deadline());
    }
}
