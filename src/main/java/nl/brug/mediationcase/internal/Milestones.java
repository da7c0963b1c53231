package nl.brug.mediationcase.internal;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.brug.base.WorkingDays;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;
import nl.brug.mediationcase.session.SessionStatus;

/**
 * The dates a case reaches on its way, derived from held sessions and status changes so that they agree with
 * the status; and the intake clock: the first intake contact is due within 5 working days of registration, or
 * of the last reopening ({@code intakeClockFrom}; null: registration). A value: each step makes a new one.
 */
@Embeddable
public record Milestones(
        @Column(name = "intake_on") @Nullable LocalDate intakeOn,
        @Column(name = "first_joint_session_on") @Nullable LocalDate firstJointSessionOn,
        @Column(name = "agreement_on") @Nullable LocalDate agreementOn,
        @Column(name = "intake_clock_from") @Nullable LocalDate intakeClockFrom) {

    /** Working days in which the first intake contact should take place (Dutch neighbourhood mediation). */
    public static final int INTAKE_WORKING_DAYS = 5;

    public static final Milestones NONE = new Milestones(null, null, null, null);

    /** A held intake sets the intake date; a held joint, shuttle or group session the first joint session. */
    Milestones sessionHeld(SessionData data) {
        if (data.status() != SessionStatus.HELD) {
            return this;
        }
        LocalDate day = data.start().toLocalDate();
        boolean intake = data.kind() == SessionKind.INTAKE || data.kind() == SessionKind.INDIVIDUAL;
        boolean joint = data.kind() == SessionKind.JOINT || data.kind() == SessionKind.SHUTTLE
                || data.kind() == SessionKind.GROUP;
        return new Milestones(intake ? earliest(intakeOn, day) : intakeOn,
                joint ? earliest(firstJointSessionOn, day) : firstJointSessionOn, agreementOn, intakeClockFrom);
    }

    /** Joint sessions need the intake behind them: without a recorded intake, the day intake began stands for it. */
    Milestones enteringMediation(Supplier<LocalDate> dayIntakeBegan) {
        return intakeOn != null ? this
                : new Milestones(dayIntakeBegan.get(), firstJointSessionOn, agreementOn, intakeClockFrom);
    }

    /** The agreement's date is its signing; without a recorded joint session, the day mediation began stands for it. */
    Milestones reachingAgreement(@Nullable LocalDate signedOn, Supplier<LocalDate> dayMediationBegan) {
        return new Milestones(intakeOn, firstJointSessionOn != null ? firstJointSessionOn : dayMediationBegan.get(),
                signedOn, intakeClockFrom);
    }

    Milestones intakeClockRestarted(LocalDate today) {
        return new Milestones(intakeOn, firstJointSessionOn, agreementOn, today);
    }

    /** No intake contact yet, still waiting for one, and more than five working days since registration (or reopening). */
    boolean intakeOverdue(CaseStatus status, LocalDate registeredOn, LocalDate today) {
        return intakeOn == null && (status == CaseStatus.REGISTERED || status == CaseStatus.INTAKE)
                && today.isAfter(intakeDueDate(registeredOn));
    }

    /**
     * The first day whose intake clock is not yet overdue today: a case waiting for its intake whose clock
     * started (registration or reopening) before this day is overdue. Computed once, so a query can compare a
     * column with it instead of judging every case in Java; it agrees with {@link #intakeOverdue} for every
     * start day because the due date never moves back when the start moves forward.
     */
    public static LocalDate intakeOverdueBefore(LocalDate today) {
        LocalDate cutoff = today;
        while (!WorkingDays.after(cutoff.minusDays(1), INTAKE_WORKING_DAYS).isBefore(today)) {
            cutoff = cutoff.minusDays(1);
        }
        return cutoff;
    }

    LocalDate intakeDueDate(LocalDate registeredOn) {
        return WorkingDays.after(intakeClockFrom == null ? registeredOn : intakeClockFrom, INTAKE_WORKING_DAYS);
    }

    private static LocalDate earliest(@Nullable LocalDate current, LocalDate candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }
}
