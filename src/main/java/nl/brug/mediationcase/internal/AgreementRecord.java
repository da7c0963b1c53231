package nl.brug.mediationcase.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.brug.mediationcase.agreement.AgreementForm;
/** The written agreement's form and signing, and the follow-up that checks whether it holds. */
@Embeddable
public class AgreementRecord {

    /** Weeks after signing that Brug proposes for the follow-up contact (Dutch practice: 2 to 6). */
    public static final int FOLLOW_UP_WEEKS = 4;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_form")
    private @Nullable AgreementForm form;
    @Column(name = "agreement_signed_on")
    private @Nullable LocalDate signedOn;
    @Column(name = "follow_up_on")
    private @Nullable LocalDate followUpOn;
    @Column(name = "follow_up_finding")
    private @Nullable String finding;

    void record(@Nullable AgreementForm newForm, @Nullable LocalDate newSignedOn) {
        form = newForm;
        signedOn = newSignedOn;
    }

    void recordFollowUp(@Nullable LocalDate date, @Nullable String newFinding) {
        followUpOn = date;
        finding = Party.blankToNull(newFinding);
    }

    /** Four weeks after signing, the moment Dutch practice checks whether agreements hold. */
    public @Nullable LocalDate proposedFollowUpDate() {
        return signedOn == null ? null : signedOn.plusWeeks(FOLLOW_UP_WEEKS);
    }

    public @Nullable AgreementForm form() {
        return form;
    }

    public @Nullable LocalDate signedOn() {
        return signedOn;
    }

    public @Nullable LocalDate followUpOn() {
        return followUpOn;
    }

    public @Nullable String finding() {
        return finding;
    }
}
