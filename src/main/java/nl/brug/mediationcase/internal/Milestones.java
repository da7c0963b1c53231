package nl.brug.mediationcase.internal;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.brug.base.WorkingDays;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;
import nl.brug.mediationcase.session.SessionStatus;
/**
 * The dates a case reaches on its way, derived from held sessions and status changes so that they agree with
 * the status; and the intake clock: the first intake contact is due within 5 working days of registration, or
 * of the last reopening.
 */
@Embeddable
public class Milestones {

    /** Working days in which the first intake contact should take place (Dutch neighbourhood mediation). */
    public static final int INTAKE_WORKING_DAYS = 5;

    @Column(name = "intake_on")
    private @Nullable LocalDate intakeOn;
    @Column(name = "first_joint_session_on")
    private @Nullable LocalDate firstJointSessionOn;
    @Column(name = "agreement_on")
    private @Nullable LocalDate agreementOn;
    /** The day the case was last reopened, where the intake clock starts again; null: registration. */
    @Column(name = "intake_clock_from")
    private @Nullable LocalDate intakeClockFrom;

    /** A held intake sets the intake date; a held joint, shuttle or group session the first joint session. */
    void sessionHeld(SessionData data) {
        if (data.status() != SessionStatus.HELD) {
            return;
        }
        LocalDate day = data.start().toLocalDate();
        if (data.kind() == SessionKind.INTAKE || data.kind() == SessionKind.INDIVIDUAL) {
            intakeOn = earliest(intakeOn, day);
        }
        if (data.kind() == SessionKind.JOINT || data.kind() == SessionKind.SHUTTLE || data.kind() == SessionKind.GROUP) {
            firstJointSessionOn = earliest(firstJointSessionOn, day);
        }
    }

    /** Joint sessions need the intake behind them: without a recorded intake, the day intake began stands for it. */
    void enteringMediation(Supplier<LocalDate> dayIntakeBegan) {
        if (intakeOn == null) {
            intakeOn = dayIntakeBegan.get();
        }
    }

    /** The agreement's date is its signing; without a recorded joint session, the day mediation began stands for it. */
    void reachingAgreement(@Nullable LocalDate signedOn, Supplier<LocalDate> dayMediationBegan) {
        agreementOn = signedOn;
        if (firstJointSessionOn == null) {
            firstJointSessionOn = dayMediationBegan.get();
        }
    }

    void restartIntakeClock(LocalDate today) {
        intakeClockFrom = today;
    }

    LocalDate intakeDueDate(LocalDate registeredOn) {
        return WorkingDays.after(intakeClockFrom == null ? registeredOn : intakeClockFrom, INTAKE_WORKING_DAYS);
    }

    private static LocalDate earliest(@Nullable LocalDate current, LocalDate candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }

    public @Nullable LocalDate intakeOn() {
        return intakeOn;
    }

    public @Nullable LocalDate firstJointSessionOn() {
        return firstJointSessionOn;
    }

    public @Nullable LocalDate agreementOn() {
        return agreementOn;
    }
}
