package nl.brug.mediationcase.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.brug.mediationcase.agreement.AgreementForm;

/**
 * The agreement as signed (its form and date) and the follow-up that checks whether it holds; its items are
 * {@link AgreementItem}s of the case. A value: recording the agreement or the follow-up makes a new one.
 */
@Embeddable
public record AgreementRecord(
        @Enumerated(EnumType.STRING) @Column(name = "agreement_form") @Nullable AgreementForm form,
        @Column(name = "agreement_signed_on") @Nullable LocalDate signedOn,
        @Column(name = "follow_up_on") @Nullable LocalDate followUpOn,
        @Column(name = "follow_up_finding") @Nullable String finding) {

    /** Weeks after signing that Brug proposes for the follow-up contact (Dutch practice: 2 to 6). */
    public static final int FOLLOW_UP_WEEKS = 4;

    public static final AgreementRecord NONE = new AgreementRecord(null, null, null, null);

    AgreementRecord signed(@Nullable AgreementForm newForm, @Nullable LocalDate newSignedOn) {
        return new AgreementRecord(newForm, newSignedOn, followUpOn, finding);
    }

    AgreementRecord followedUp(@Nullable LocalDate date, @Nullable String newFinding) {
        return new AgreementRecord(form, signedOn, date, Party.blankToNull(newFinding));
    }

    /** Four weeks after signing, the moment Dutch practice checks whether agreements hold. */
    public @Nullable LocalDate proposedFollowUpDate() {
        return signedOn == null ? null : signedOn.plusWeeks(FOLLOW_UP_WEEKS);
    }
}
