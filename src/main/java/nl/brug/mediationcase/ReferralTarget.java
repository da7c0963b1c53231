package nl.brug.mediationcase;

import nl.brug.base.Labelled;

/** Where a case closed with {@link Outcome#REFERRED} was sent to. */
public enum ReferralTarget implements Labelled {
    ANTI_DISCRIMINATION_OFFICE,
    POLICE,
    SOCIAL_DISTRICT_TEAM,
    LEGAL_AID,
    OTHER;

    /** Key of the translated label. */
    @Override
    public String messageKey() {
        return "case.referral." + name();
    }
}
