package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.neighbour;
import static nl.brug.mediationcase.CaseData.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditWording;
import nl.brug.base.BrugI18NProvider;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.security.BrugUser;
import nl.brug.testsupport.SpreadsheetFile;

/**
 * The case list as CSV for Dutch Excel: exactly the cases the filter and the user's access find, every page of
 * them, in words with the codes beside them, no party names; and each export is in the audit trail.
 */
@CaseIntegrationTest
class CaseListExportTest extends CaseTestSupport {

    /** A title with everything CSV must quote: the separator, quotes and a line break. */
    private static final String AWKWARD_TITLE = "Ruzie; \"boven\" en\nbeneden";

    @Autowired
    AuditWording wording;

    private BrugUser anna;
    private BrugUser bert;
    private BrugUser carla;
    private String ruzie;
    private String hond;
    private String heg;
    private String schutting;

    @BeforeEach
    void casesOfTwoMediators() {
        anna = fixture.mediator("anna", "Anna de Vries");
        bert = fixture.mediator("bert", "Bert Bos");
        carla = fixture.supervisor("carla", "Carla Jansen");

        fixture.clock().setDate(LocalDate.of(2026, 11, 18));
        schutting = register(anna, CaseData.horizontal("Schuttingruzie", resident("Kees Koster")));
        close(anna, schutting, TransitionRequest.close(Outcome.WITHDRAWN, null, "Opgelost zonder ons"));
        fixture.clock().setDate(LocalDate.of(2026, 11, 20));
        hond = register(bert, CaseData.withOverview(CaseOverview.of("Blaffende hond", CaseKind.HORIZONTAL, Theme.NOISE,
                Source.POLICE), resident("Jan Jansen"), neighbour("Fatma Yilmaz")));
        fixture.run(carla, () -> cases.assignMediators(hond, cases.details(hond).version(), bert.accountId(),
                anna.accountId()));
        fixture.clock().setDate(LocalDate.of(2026, 11, 21));
        heg = register(bert, CaseData.horizontal("Heg en erfgrens", resident("Piet Post")));
        fixture.clock().setDate(LocalDate.of(2026, 11, 22));
        ruzie = register(anna, CaseData.withOverview(CaseOverview.of(AWKWARD_TITLE, CaseKind.VERTICAL,
                Theme.PUBLIC_SERVICE, Source.MUNICIPALITY).withPlace("Utrecht", "Lombok")
                .withProcedure(ProcedureKind.OBJECTION, "BZ-2026-17", LocalDate.of(2026, 12, 15)),
                resident("Ali Bakir"), CaseData.municipality()));
    }

    private SpreadsheetFile export(BrugUser user, CaseFilter filter, Locale locale) {
        return fixture.as(user, () -> SpreadsheetFile.written(writer -> search.exportCsv(filter, locale, writer)));
    }

    private static List<String> references(SpreadsheetFile file) {
        return file.rows().stream().map(row -> row.get(0)).toList();
    }

    private static CSVRecord row(SpreadsheetFile file, String reference) {
        return file.rows().stream().filter(row -> row.get(0).equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + reference));
    }

    @Test
    void theExportHoldsExactlyTheCasesTheFilterFindsNewestFirst() {
        CaseFilter openHorizontal = new CaseFilter("", Set.of(CaseStatus.REGISTERED), CaseKind.HORIZONTAL, null,
                null, null);

        assertThat(references(export(carla, openHorizontal, BrugI18NProvider.DUTCH))).containsExactly(heg, hond);
        assertThat(references(export(carla, CaseFilter.all(), BrugI18NProvider.DUTCH)))
                .containsExactly(ruzie, heg, hond, schutting);
        assertThat(references(export(carla, new CaseFilter("", Set.of(), null, null, LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 21)), BrugI18NProvider.DUTCH))).containsExactly(heg, hond);
        assertThat(references(export(carla, CaseFilter.all().withText("yilmaz"), BrugI18NProvider.DUTCH)))
                .as("free text finds a party's name, though the file does not show it").containsExactly(hond);
    }

    @Test
    void aMediatorsExportHoldsOnlyTheCasesTheyLeadOrCoMediate() {
        assertThat(references(export(anna, CaseFilter.all(), BrugI18NProvider.DUTCH)))
                .containsExactly(ruzie, hond, schutting);
        assertThat(references(export(bert, CaseFilter.all(), BrugI18NProvider.DUTCH))).containsExactly(heg, hond);
        assertThat(references(export(anna, CaseFilter.all().withText("erfgrens"), BrugI18NProvider.DUTCH)))
                .as("a filter cannot reach another mediator's case").isEmpty();
    }

    @Test
    void nobodySignedInExportsNothing() {
        StringWriter out = new StringWriter();

        assertThatThrownBy(() -> search.exportCsv(CaseFilter.all(), BrugI18NProvider.DUTCH, out))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void eachCaseIsOneRowInWordsWithItsCodesAndDutchDatesThatSurvivesACsvReader() {
        SpreadsheetFile rows = export(carla, CaseFilter.all(), BrugI18NProvider.DUTCH);

        assertThat(rows.header()).containsExactly("Kenmerk", "Titel", "Soort", "Thema", "Status",
                "Urgentie", "Gemeente", "Wijk of buurt", "Aangemeld op", "Hoofdbemiddelaar", "Co-bemiddelaar",
                "Intake gehouden op", "Intake uiterlijk", "Formele procedure", "Termijn procedure", "Afgesloten op",
                "Uitkomst", "Soort (code)", "Thema (code)", "Status (code)", "Urgentie (code)",
                "Formele procedure (code)", "Uitkomst (code)");
        assertThat(rows.rows()).hasSize(4).allSatisfy(row -> assertThat(row.size()).isEqualTo(23));

        // Sunday 22 November: five working days later is Friday 27 November.
        assertThat(row(rows, ruzie).values()).containsExactly(ruzie, AWKWARD_TITLE, "Verticaal",
                "Dienstverlening van de gemeente", "Aangemeld", "Normaal", "Utrecht", "Lombok", "22-11-2026",
                "Anna de Vries", "", "", "27-11-2026", "Bezwaar", "15-12-2026", "", "", "VERTICAL", "PUBLIC_SERVICE",
                "REGISTERED", "NORMAL", "OBJECTION", "");
        CSVRecord dog = row(rows, hond);
        assertThat(dog.get("Hoofdbemiddelaar")).isEqualTo("Bert Bos");
        assertThat(dog.get("Co-bemiddelaar")).isEqualTo("Anna de Vries");
        assertThat(dog.get("Thema")).isEqualTo("Geluidsoverlast");
        CSVRecord fence = row(rows, schutting);
        assertThat(fence.get("Status")).isEqualTo("Afgesloten");
        assertThat(fence.get("Afgesloten op")).isEqualTo("18-11-2026");
        assertThat(fence.get("Intake uiterlijk")).as("a closed case waits for no intake").isEmpty();
        assertThat(fence.get("Uitkomst")).isEqualTo("Teruggetrokken door een partij");
        assertThat(fence.get("Uitkomst (code)")).isEqualTo("WITHDRAWN");
    }

    @Test
    void inEnglishTheWordsAreEnglishAndTheDatesAndCodesTheSame() {
        SpreadsheetFile rows = export(carla, CaseFilter.all(), Locale.ENGLISH);

        assertThat(rows.header().get(0)).isEqualTo("Reference");
        assertThat(rows.header().get(8)).isEqualTo("Registered on");
        CSVRecord fence = row(rows, schutting);
        assertThat(fence.get(4)).isEqualTo("Closed");
        assertThat(fence.get(8)).isEqualTo("18-11-2026");
        assertThat(fence.get(22)).isEqualTo("WITHDRAWN");
    }

    @Test
    void noPartyNameGoesIntoTheFile() {
        String file = export(carla, CaseFilter.all(), BrugI18NProvider.DUTCH).rows().toString();
        for (String party : List.of("Kees Koster", "Jan Jansen", "Fatma Yilmaz", "Piet Post", "Ali Bakir",
                "Gemeente Utrecht", "Wethouder Jansen")) {
            assertThat(file).doesNotContain(party);
        }
    }

    @Test
    void theExportIsInTheAuditTrailWithTheFilterAndTheNumberOfCases() {
        CaseFilter filter = new CaseFilter("hond", Set.of(CaseStatus.REGISTERED), null, Theme.NOISE,
                LocalDate.of(2026, 11, 1), null);

        fixture.run(carla, () -> assertThat(search.exportCsv(filter, BrugI18NProvider.DUTCH, new StringWriter()))
                .isEqualTo(1));

        List<String> details = fixture.jdbc().sql("select actor_username || ': ' || detail from audit_log"
                + " where action = 'CASE_LIST_EXPORTED'").query(String.class).list();
        assertThat(details).containsExactly("carla: 1 cases " + filter);
        String detail = details.getFirst().substring("carla: ".length());
        assertThat(wording.detail(AuditAction.CASE_LIST_EXPORTED, detail, BrugI18NProvider.DUTCH)).isEqualTo(
                "Zaken: 1; filter: zoekterm ‘hond’, status Aangemeld, thema Geluidsoverlast, aangemeld vanaf 01-11-2026");
        assertThat(wording.detail(AuditAction.CASE_LIST_EXPORTED, "0 cases " + CaseFilter.all(), Locale.ENGLISH))
                .isEqualTo("Cases: 0; filter: all cases");
    }
}
