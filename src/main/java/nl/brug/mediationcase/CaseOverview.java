package nl.brug.mediationcase;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The editable facts of a case. The formal procedure (objection, complaint, court case) only applies to
 * vertical cases: mediation does not stop its clock, so Brug records its deadline and warns before it.
 */
public record CaseOverview(
        String title,
        CaseKind kind,
        Theme theme,
        @Nullable String description,
        Source source,
        @Nullable String municipality,
        @Nullable String neighbourhood,
        Urgency urgency,
        @Nullable ProcedureKind procedureKind,
        @Nullable String procedureReference,
        @Nullable LocalDate procedureDeadline) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PLACE_MAX = 100;
    public static final int PROCEDURE_REFERENCE_MAX = 100;

    public static CaseOverview of(String title, CaseKind kind, Theme theme, Source source) {
        return new CaseOverview(title, kind, theme, null, source, null, null, Urgency.NORMAL, null, null, null);
    }

    public CaseOverview withPlace(@Nullable String newMunicipality, @Nullable String newNeighbourhood) {
        return new CaseOverview(title, kind, theme, description, source, newMunicipality, newNeighbourhood,
                urgency, procedureKind, procedureReference, procedureDeadline);
    }

    public CaseOverview withDescription(@Nullable String newDescription) {
        return new CaseOverview(title, kind, theme, newDescription, source, municipality, neighbourhood,
                urgency, procedureKind, procedureReference, procedureDeadline);
    }

    public CaseOverview withProcedure(@Nullable ProcedureKind newKind, @Nullable String reference,
            @Nullable LocalDate deadline) {
        return new CaseOverview(title, kind, theme, description, source, municipality, neighbourhood, urgency,
                newKind, reference, deadline);
    }
}
