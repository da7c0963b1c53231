package nl.brug.mediationcase;

import java.time.LocalDate;
import java.util.List;

import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;

/** Ready-made input for the case tests. */
final class CaseData {

    private CaseData() {
    }

    static CaseRegistration horizontal(String title, PartyData... parties) {
        return new CaseRegistration(CaseOverview.of(title, CaseKind.HORIZONTAL, Theme.NEIGHBOUR_NUISANCE,
                Source.PARTY_ITSELF), List.of(parties));
    }

    static CaseRegistration vertical(String title, PartyData... parties) {
        return new CaseRegistration(CaseOverview.of(title, CaseKind.VERTICAL, Theme.PUBLIC_SERVICE,
                Source.MUNICIPALITY), List.of(parties));
    }

    static CaseRegistration withOverview(CaseOverview overview, PartyData... parties) {
        return new CaseRegistration(overview, List.of(parties));
    }

    static PartyData resident(String name) {
        return PartyData.person(name, PartyRole.REQUESTING_PARTY);
    }

    static PartyData neighbour(String name) {
        return PartyData.person(name, PartyRole.OTHER_PARTY);
    }

    static PartyData municipality() {
        return PartyData.publicBody("Gemeente Utrecht", PartyRole.OTHER_PARTY, "Wethouder Jansen", true);
    }

    static PartyData consented(PartyData party, LocalDate on) {
        return party.withConsent(on);
    }
}
