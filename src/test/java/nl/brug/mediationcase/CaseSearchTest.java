package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.municipality;
import static nl.brug.mediationcase.CaseData.neighbour;
import static nl.brug.mediationcase.CaseData.resident;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyKind;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.BrugUser;

/** The case list: who finds what, every filter, sorting and paging, all answered by the database. */
@CaseIntegrationTest
class CaseSearchTest extends CaseTestSupport {

    private BrugUser anna;
    private BrugUser bert;
    private BrugUser carla;
    private String kanaalstraat;
    private String hond;
    private String parkeren;
    private String jongeren;
    private String winkelstraat;
    private String schutting;

    @BeforeEach
    void casesOfSeveralMediators() {
        anna = fixture.mediator("anna", "Anna de Vries");
        bert = fixture.mediator("bert", "Bert Bos");
        carla = fixture.supervisor("carla", "Carla Jansen");

        // Registered out of date order, so that sorting by date is not sorting by reference.
        parkeren = registerOn(LocalDate.of(2026, 3, 5), bert, CaseData.withOverview(
                CaseOverview.of("Bezwaar parkeervergunning", CaseKind.VERTICAL, Theme.PUBLIC_SERVICE, Source.MUNICIPALITY),
                resident("Ali Bakir"), municipality()));
        kanaalstraat = registerOn(LocalDate.of(2026, 3, 2), anna, CaseData.withOverview(
                CaseOverview.of("Geluidsoverlast Kanaalstraat", CaseKind.HORIZONTAL, Theme.NEIGHBOUR_NUISANCE,
                        Source.PARTY_ITSELF), resident("Piet Post"), neighbour("Fatma Yilmaz")));
        hond = registerOn(LocalDate.of(2026, 3, 4), bert, CaseData.withOverview(
                CaseOverview.of("Blaffende hond", CaseKind.HORIZONTAL, Theme.NOISE, Source.POLICE),
                resident("Jan Jansen")));
        jongeren = registerOn(LocalDate.of(2026, 3, 6), carla, CaseData.withOverview(
                CaseOverview.of("Jongeren bij het winkelcentrum", CaseKind.HORIZONTAL, Theme.YOUTH, Source.OTHER),
                resident("Henk de Wit")));
        winkelstraat = registerOn(LocalDate.of(2026, 3, 6), carla, CaseData.withOverview(
                CaseOverview.of("Afval in de winkelstraat", CaseKind.HORIZONTAL, Theme.PUBLIC_SPACE, Source.OTHER),
                resident("Ondernemer Yilmaz")));
        schutting = registerOn(LocalDate.of(2026, 3, 10), anna, CaseData.withOverview(
                CaseOverview.of("Schuttingruzie", CaseKind.HORIZONTAL, Theme.PETS_AND_GARDENS, Source.PARTY_ITSELF),
                resident("Kees Koster")));
        fixture.clock().reset();

        // Anna is co-mediator on Bert's dog case; her fence case is closed; the shop street case is taken on.
        fixture.run(carla, () -> cases.assignMediators(hond, cases.details(hond).version(), bert.accountId(),
                anna.accountId()));
        forward(anna, kanaalstraat, CaseStatus.INTAKE);
        close(anna, schutting, TransitionRequest.close(Outcome.WITHDRAWN, null, "Opgelost zonder ons"));
    }

    @Test
    void aMediatorFindsOnlyTheCasesTheyLeadOrCoMediate() {
        fixture.signIn(anna);
        assertThat(references(search.page(CaseFilter.all(), PageRequest.of(0, 20))))
                .containsExactlyInAnyOrder(kanaalstraat, hond, schutting);
        assertThat(search.count(CaseFilter.all())).isEqualTo(3);

        fixture.signIn(bert);
        assertThat(references(search.page(CaseFilter.all(), PageRequest.of(0, 20))))
                .containsExactlyInAnyOrder(parkeren, hond);
        assertThat(search.count(CaseFilter.all())).isEqualTo(2);
    }

    @Test
    void aSupervisorFindsEveryCase() {
        fixture.signIn(carla);
        assertThat(search.count(CaseFilter.all())).isEqualTo(6);
        Page<CaseListItem> page = search.page(CaseFilter.all(), PageRequest.of(0, 20));
        assertThat(page.getTotalElements()).isEqualTo(6);
        assertThat(references(page)).containsExactlyInAnyOrder(parkeren, kanaalstraat, hond, jongeren, winkelstraat,
                schutting);
    }

    @Test
    void theListShowsEachCasesFacts() {
        fixture.signIn(carla);
        List<CaseListItem> items = search.page(CaseFilter.all(), PageRequest.of(0, 20)).getContent();
        CaseListItem dog = items.stream().filter(i -> i.reference().equals(hond)).findFirst().orElseThrow();
        assertThat(dog).isEqualTo(new CaseListItem(hond, "Blaffende hond", CaseKind.HORIZONTAL, Theme.NOISE,
                CaseStatus.REGISTERED, LocalDate.of(2026, 3, 4), "Bert Bos", null, false));
        // Registered Monday 2 March, intake due Monday 9 March, no intake contact yet on Wednesday 11 March.
        CaseListItem noise = items.stream().filter(i -> i.reference().equals(kanaalstraat)).findFirst().orElseThrow();
        assertThat(noise.intakeOverdue()).isTrue();
        assertThat(noise.leadMediator()).isEqualTo("Anna de Vries");
        CaseListItem fence = items.stream().filter(i -> i.reference().equals(schutting)).findFirst().orElseThrow();
        assertThat(fence.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(fence.outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(fence.intakeOverdue()).isFalse();
        CaseListItem youth = items.stream().filter(i -> i.reference().equals(jongeren)).findFirst().orElseThrow();
        assertThat(youth.leadMediator()).isNull();
    }

    @Test
    void freeTextMatchesReferenceTitleAndPartyNamesIgnoringCase() {
        fixture.signIn(carla);
        assertThat(find("KANAALSTRAAT")).containsExactly(kanaalstraat);
        assertThat(find("blaffende")).containsExactly(hond);
        assertThat(find(hond)).containsExactly(hond);
        assertThat(find(hond.substring(5))).containsExactly(hond);
        assertThat(find("jAnSeN")).containsExactly(hond);
        assertThat(find("gemeente utrecht")).containsExactly(parkeren);
        assertThat(find("yilmaz")).containsExactlyInAnyOrder(kanaalstraat, winkelstraat);
        assertThat(find("  winkel  ")).containsExactlyInAnyOrder(jongeren, winkelstraat);
        assertThat(find("niets dat bestaat")).isEmpty();
        assertThat(search.count(CaseFilter.all().withText("yilmaz"))).isEqualTo(2);
    }

    @Test
    void wildcardsInTheTextAreTakenLiterally() {
        fixture.signIn(carla);
        assertThat(find("%")).isEmpty();
        assertThat(find("_")).isEmpty();
        assertThat(find("2026_000")).isEmpty();
    }

    @Test
    void freeTextFollowsPartyChanges() {
        fixture.run(anna, () -> {
            work.addParty(kanaalstraat, neighbour("Mevrouw Oosterhout"));
            CaseDetails.PartyView fatma = party(cases.details(kanaalstraat), "Fatma Yilmaz");
            work.updateParty(kanaalstraat, fatma.id(), fatma.version(),
                    new PartyData(PartyKind.PERSON, "Fatma Demir", false, PartyRole.OTHER_PARTY, null, null, null,
                            null, null, null, null, false, null));
        });
        fixture.signIn(carla);
        assertThat(find("oosterhout")).containsExactly(kanaalstraat);
        assertThat(find("demir")).containsExactly(kanaalstraat);
        assertThat(find("yilmaz")).containsExactly(winkelstraat);
    }

    @Test
    void aMediatorsTextSearchStaysWithinTheirOwnCases() {
        fixture.signIn(anna);
        assertThat(find("parkeer")).isEmpty();
        assertThat(find("yilmaz")).containsExactly(kanaalstraat);
    }

    @Test
    void filtersByStatusKindThemeAndPeriod() {
        fixture.signIn(carla);
        assertThat(filter(new CaseFilter("", Set.of(CaseStatus.CLOSED), null, null, null, null)))
                .containsExactly(schutting);
        assertThat(filter(new CaseFilter("", Set.of(CaseStatus.INTAKE, CaseStatus.CLOSED), null, null, null, null)))
                .containsExactlyInAnyOrder(kanaalstraat, schutting);
        assertThat(filter(new CaseFilter("", Set.of(), CaseKind.VERTICAL, null, null, null))).containsExactly(parkeren);
        assertThat(filter(new CaseFilter("", Set.of(), null, Theme.NOISE, null, null))).containsExactly(hond);
        assertThat(filter(new CaseFilter("", Set.of(), null, null, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5))))
                .containsExactlyInAnyOrder(hond, parkeren);
        assertThat(filter(new CaseFilter("", Set.of(), null, null, LocalDate.of(2026, 3, 6), null)))
                .containsExactlyInAnyOrder(jongeren, winkelstraat, schutting);
        assertThat(filter(new CaseFilter("", Set.of(), null, null, null, LocalDate.of(2026, 3, 2))))
                .containsExactly(kanaalstraat);
        assertThat(filter(new CaseFilter("", Set.of(CaseStatus.REGISTERED), CaseKind.HORIZONTAL, null,
                LocalDate.of(2026, 3, 3), null))).containsExactlyInAnyOrder(hond, jongeren, winkelstraat);
        assertThat(search.count(new CaseFilter("", Set.of(CaseStatus.REGISTERED), null, null, null, null))).isEqualTo(4);
    }

    @Test
    void newestRegistrationComesFirstByDefault() {
        fixture.signIn(carla);
        // Same day: the later registration first.
        assertThat(references(search.page(CaseFilter.all(), PageRequest.of(0, 20))))
                .containsExactly(schutting, winkelstraat, jongeren, parkeren, hond, kanaalstraat);
    }

    @Test
    void anExplicitSortIsHonoured() {
        fixture.signIn(carla);
        assertThat(search.page(CaseFilter.all(), PageRequest.of(0, 20, Sort.by("title"))).getContent())
                .extracting(CaseListItem::title).containsExactly("Afval in de winkelstraat", "Bezwaar parkeervergunning",
                        "Blaffende hond", "Geluidsoverlast Kanaalstraat", "Jongeren bij het winkelcentrum",
                        "Schuttingruzie");
        assertThat(search.page(CaseFilter.all(), PageRequest.of(0, 20, Sort.by(Sort.Order.asc("registeredOn"))))
                .getContent()).extracting(CaseListItem::reference)
                .containsExactly(kanaalstraat, hond, parkeren, winkelstraat, jongeren, schutting);
    }

    @Test
    void pagesSplitTheListWithoutOverlap() {
        fixture.signIn(carla);
        Page<CaseListItem> first = search.page(CaseFilter.all(), PageRequest.of(0, 4));
        Page<CaseListItem> second = search.page(CaseFilter.all(), PageRequest.of(1, 4));
        Page<CaseListItem> beyond = search.page(CaseFilter.all(), PageRequest.of(2, 4));

        assertThat(first.getContent()).hasSize(4);
        assertThat(second.getContent()).hasSize(2);
        assertThat(beyond.getContent()).isEmpty();
        assertThat(first.getTotalElements()).isEqualTo(6);
        assertThat(first.getTotalPages()).isEqualTo(2);
        List<String> all = new ArrayList<>(references(first));
        all.addAll(references(second));
        assertThat(all).containsExactly(schutting, winkelstraat, jongeren, parkeren, hond, kanaalstraat);

        Page<CaseListItem> pairs = search.page(CaseFilter.all(), PageRequest.of(1, 2));
        assertThat(references(pairs)).containsExactly(jongeren, parkeren);
        assertThat(pairs.getTotalPages()).isEqualTo(3);
    }

    private String registerOn(LocalDate date, BrugUser user, CaseRegistration registration) {
        fixture.clock().setDate(date);
        return register(user, registration);
    }

    private List<String> find(String text) {
        return filter(CaseFilter.all().withText(text));
    }

    private List<String> filter(CaseFilter filter) {
        List<String> found = references(search.page(filter, PageRequest.of(0, 50)));
        assertThat(search.count(filter)).isEqualTo(found.size());
        return found;
    }

    private static List<String> references(Page<CaseListItem> page) {
        return page.getContent().stream().map(CaseListItem::reference).toList();
    }
}
