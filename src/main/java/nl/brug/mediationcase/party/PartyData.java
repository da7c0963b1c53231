package nl.brug.mediationcase.party;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import nl.brug.base.ContactRules;

/**
 * What is recorded of a party. For a public body (an organisation such as the municipality) the named
 * contact person takes part, who may or may not have the mandate to agree.
 */
public record PartyData(
        PartyKind kind,
        String name,
        boolean publicBody,
        PartyRole role,
        @Nullable String represents,
        @Nullable String contactPerson,
        @Nullable Boolean hasMandate,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String preferredLanguage,
        boolean interpreterNeeded,
        @Nullable LocalDate consentOn) {

    public static final int NAME_MAX = 200;
    public static final int REPRESENTS_MAX = 200;
    public static final int CONTACT_MAX = 200;
    public static final int EMAIL_MAX = ContactRules.EMAIL_MAX;
    public static final int PHONE_MAX = ContactRules.PHONE_MAX;
    public static final int ADDRESS_MAX = 300;
    public static final int LANGUAGE_MAX = 60;

    /** A person with just a name and a role: the rest is filled in during intake. */
    public static PartyData person(String name, PartyRole role) {
        return new PartyData(PartyKind.PERSON, name, false, role, null, null, null, null, null, null, null,
                false, null);
    }

    public static PartyData publicBody(String name, PartyRole role, String contactPerson, boolean mandate) {
        return new PartyData(PartyKind.ORGANISATION, name, true, role, null, contactPerson, mandate, null, null,
                null, null, false, null);
    }

    /** Whether this party counts as a public body: ticked so, and an organisation (see {@link PartyKind}). */
    public boolean isPublicBody() {
        return publicBody && kind.canBePublicBody();
    }

    public PartyData withConsent(@Nullable LocalDate date) {
        return new PartyData(kind, name, publicBody, role, represents, contactPerson, hasMandate, email, phone,
                address, preferredLanguage, interpreterNeeded, date);
    }

    public PartyData withContact(@Nullable String newEmail, @Nullable String newPhone) {
        return new PartyData(kind, name, publicBody, role, represents, contactPerson, hasMandate, newEmail,
                newPhone, address, preferredLanguage, interpreterNeeded, consentOn);
    }
}
