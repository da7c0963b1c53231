package nl.brug.mediationcase.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyKind;
import nl.brug.mediationcase.party.PartyRole;
/** A person or organisation taking part in a case. */
@Entity
@Table(name = "case_party")
public class Party extends CasePart implements VersionedPart {

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false)
    private PartyKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "public_body", nullable = false)
    private boolean publicBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_role", nullable = false)
    private PartyRole role;

    private @Nullable String represents;
    @Column(name = "contact_person")
    private @Nullable String contactPerson;
    @Column(name = "has_mandate")
    private @Nullable Boolean hasMandate;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String address;
    @Column(name = "preferred_language")
    private @Nullable String preferredLanguage;
    @Column(name = "interpreter_needed", nullable = false)
    private boolean interpreterNeeded;
    @Column(name = "consent_on")
    private @Nullable LocalDate consentOn;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Party() {
    }

    Party(MediationCase mediationCase, PartyData data) {
        super(mediationCase);
        assign(data);
    }

    void apply(PartyData data) {
        assign(data);
    }

    // Private, so the constructor's call cannot be overridden (a Hibernate proxy overrides the rest) and the
    // null check sees every required field set.
    private void assign(PartyData data) {
        kind = data.kind();
        name = data.name().strip();
        publicBody = data.isPublicBody();
        role = data.role();
        represents = blankToNull(data.represents());
        contactPerson = blankToNull(data.contactPerson());
        hasMandate = publicBody ? data.hasMandate() : null;
        email = blankToNull(data.email());
        phone = blankToNull(data.phone());
        address = blankToNull(data.address());
        preferredLanguage = blankToNull(data.preferredLanguage());
        interpreterNeeded = data.interpreterNeeded();
        consentOn = data.consentOn();
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public PartyData toData() {
        return new PartyData(kind, name, publicBody, role, represents, contactPerson, hasMandate, email, phone,
                address, preferredLanguage, interpreterNeeded, consentOn);
    }

    public String getName() {
        return name;
    }

    public boolean isPublicBody() {
        return publicBody;
    }

    public boolean hasConsented() {
        return consentOn != null;
    }

    @Override
    public long getVersion() {
        return version;
    }

}
