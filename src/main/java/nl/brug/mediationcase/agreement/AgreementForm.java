package nl.brug.mediationcase.agreement;

import nl.brug.base.Labelled;

/** A non-binding written agreement of intent, or a binding settlement agreement (vaststellingsovereenkomst). */
public enum AgreementForm implements Labelled {
    INTENT,
    SETTLEMENT;

    @Override
    public String messageKey() {
        return "agreement.form." + name();
    }
}
