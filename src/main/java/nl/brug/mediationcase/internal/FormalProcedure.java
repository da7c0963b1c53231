package nl.brug.mediationcase.internal;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.brug.mediationcase.DeadlineStatus;
import nl.brug.mediationcase.ProcedureKind;

/**
 * A formal procedure beside a vertical case (objection, complaint, court case): the public body's reference
 * and the deadline, which mediation does not stop, until a mediator marks it handled. A value: every change
 * makes a new one.
 */
@Embeddable
public record FormalProcedure(
        @Enumerated(EnumType.STRING) @Column(name = "procedure_kind") @Nullable ProcedureKind kind,
        @Column(name = "procedure_reference") @Nullable String reference,
        @Column(name = "procedure_deadline") @Nullable LocalDate deadline,
        @Column(name = "procedure_handled_on") @Nullable LocalDate handledOn) {

    public static final FormalProcedure NONE = new FormalProcedure(null, null, null, null);

    /** As the case's facts now say; a new or moved deadline has not been dealt with yet. */
    FormalProcedure changedTo(@Nullable ProcedureKind newKind, @Nullable String newReference,
            @Nullable LocalDate newDeadline) {
        LocalDate effectiveDeadline = newKind == null ? null : newDeadline;
        boolean sameDeadline = newKind == kind && Objects.equals(effectiveDeadline, deadline);
        return new FormalProcedure(newKind, Party.blankToNull(newReference), effectiveDeadline,
                sameDeadline ? handledOn : null);
    }

    FormalProcedure handled(LocalDate today) {
        if (deadline == null) {
            throw new IllegalStateException("No procedure deadline to handle");
        }
        return new FormalProcedure(kind, reference, deadline, today);
    }

    /** Where the deadline stands today; null when there is no procedure. */
    public @Nullable DeadlineStatus status(LocalDate today) {
        return kind == null || deadline == null ? null : DeadlineStatus.of(kind, deadline, handledOn, today);
    }
}
