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
 * and the deadline, which mediation does not stop, until a mediator marks it handled.
 */
@Embeddable
public class FormalProcedure {

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_kind")
    private @Nullable ProcedureKind kind;
    @Column(name = "procedure_reference")
    private @Nullable String reference;
    @Column(name = "procedure_deadline")
    private @Nullable LocalDate deadline;
    @Column(name = "procedure_handled_on")
    private @Nullable LocalDate handledOn;

    /** Takes what the case's facts say; a new or moved deadline has not been dealt with yet. */
    void change(@Nullable ProcedureKind newKind, @Nullable String newReference, @Nullable LocalDate newDeadline) {
        LocalDate effectiveDeadline = newKind == null ? null : newDeadline;
        if (newKind != kind || !Objects.equals(effectiveDeadline, deadline)) {
            handledOn = null;
        }
        kind = newKind;
        reference = Party.blankToNull(newReference);
        deadline = effectiveDeadline;
    }

    void markHandled(LocalDate today) {
        if (deadline == null) {
            throw new IllegalStateException("No procedure deadline to handle");
        }
        handledOn = today;
    }

    /** Where the deadline stands today; null when there is no procedure. */
    public @Nullable DeadlineStatus status(LocalDate today) {
        return kind == null || deadline == null ? null : DeadlineStatus.of(kind, deadline, handledOn, today);
    }

    public @Nullable ProcedureKind kind() {
        return kind;
    }

    public @Nullable String reference() {
        return reference;
    }

    public @Nullable LocalDate deadline() {
        return deadline;
    }
}
