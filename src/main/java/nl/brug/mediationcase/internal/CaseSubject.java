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
 * and {@code .theme} (see {@link CaseSpecifications}).
 */
@Embeddable
public class CaseSubject {

    @Column(nullable = false)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Theme theme;
    private @Nullable String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;
    private @Nullable String municipality;
    private @Nullable String neighbourhood;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgency urgency;

    @SuppressWarnings("NullAway.Init")
    protected CaseSubject() {
        // for JPA
    }

    CaseSubject(CaseOverview overview) {
        title = overview.title().strip();
        kind = overview.kind();
        theme = overview.theme();
        description = Party.blankToNull(overview.description());
        source = overview.source();
        municipality = Party.blankToNull(overview.municipality());
        neighbourhood = Party.blankToNull(overview.neighbourhood());
        urgency = overview.urgency();
    }

    /** The overview as the form shows it, with the formal procedure beside it. */
    CaseOverview toOverview(FormalProcedure procedure) {
        return new CaseOverview(title, kind, theme, description, source, municipality, neighbourhood, urgency,
                procedure.kind(), procedure.reference(), procedure.deadline());
    }

    public String title() {
        return title;
    }

    public CaseKind kind() {
        return kind;
    }
}
