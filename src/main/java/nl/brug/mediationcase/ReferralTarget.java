package nl.brug.mediationcase;

import nl.brug.base.Labelled;

/** Where a case that is not for mediation was referred to. */
public enum ReferralTarget implements Labelled {
    ANTI_DISCRIMINATION_OFFICE,
    POLICE,
    SOCIAL_DISTRICT_TEAM,
    LEGAL_AID,
    OTHER;

    @Override
    public String messageKey() {
        return "case.referral." + name();
    }
}
