package nl.brug.mediationcase.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.brug.base.BrugI18NProvider;
import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.CaseAnonymisedException;
import nl.brug.mediationcase.CaseIntegrationTest;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseNotFoundException;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.agreement.AgreementForm;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.agreement.ItemStatus;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.BrugUser;

/**
 * The papers parties sign, read back from the PDF: the parties, the items, the form said in words and the
 * organisation are there; no journal note ever is; A4, every font embedded, a footer with page numbers on every
 * page; only those who may open the case may print it, and every print is audited.
 */
@CaseIntegrationTest
class CaseDocumentServiceTest extends DocumentTestSupport {

    @Autowired
    CaseDocumentService documents;

    private BrugUser anna;
    private BrugUser bert;
    private BrugUser carla;
    private BrugUser otto;
    private String ref;

    @BeforeEach
    void aCaseWithTwoResidentsTheMunicipalityAndNotes() {
        anna = fixture.mediator("anna", "Anna de Vries");
        bert = fixture.mediator("bert", "Bert Bos");
        otto = fixture.mediator("otto", "Otto Overig");
        carla = fixture.supervisor("carla", "Carla Jansen");
        ref = register(anna, new CaseRegistration(CaseOverview.of("Overlast in de Kanaalstraat", CaseKind.VERTICAL,
                Theme.PUBLIC_SERVICE, Source.MUNICIPALITY), List.of(PartyData.person("Fatma Yılmaz", PartyRole.REQUESTING_PARTY),
                        PartyData.person("Piet Post", PartyRole.OTHER_PARTY),
                        PartyData.publicBody("Gemeente Utrecht", PartyRole.OTHER_PARTY, "Wethouder Jansen", true))));
        fixture.run(carla, () -> cases.assignMediators(ref, caseVersion(carla, ref), anna.accountId(), bert.accountId()));
        fixture.run(anna, () -> work.addNote(ref, "Piet vertelde in vertrouwen over zijn schulden", true));
        fixture.run(anna, () -> work.addNote(ref, "Open notitie over het intakegesprek", false));
    }

    @Test
    void theMediationAgreementNamesEveryPartyTheMediatorsAndTheOrganisationInDutchAndEnglish() throws IOException {
        PrintedDocument dutch = fixture.as(anna, () -> documents.print(ref, CaseDocument.MEDIATION_AGREEMENT,
                BrugI18NProvider.DUTCH));

        assertThat(dutch.fileName()).isEqualTo("deelnameovereenkomst-" + ref + ".pdf");
        String text = text(dutch.content());
        assertThat(text).contains("Deelnameovereenkomst bemiddeling", "Buurtbemiddeling", ref, "Fatma Yılmaz",
                "Piet Post", "Gemeente Utrecht", "Wethouder Jansen", "Anna de Vries", "Bert Bos", "Vrijwillig",
                "Vertrouwelijk", "De rol van de bemiddelaars", "Stoppen", "Handtekening", "Pagina 1 van");
        assertThat(text).doesNotContain("schulden", "Open notitie");
        // One signature block per party and per mediator.
        assertThat(count(text, "Handtekening")).isEqualTo(5);
        assertWellFormed(dutch.content());

        String english = text(fixture.as(anna, () -> documents.print(ref, CaseDocument.MEDIATION_AGREEMENT,
                Locale.ENGLISH)).content());
        assertThat(english).contains("Mediation agreement", "Voluntary", "Confidential", "Stopping", "Fatma Yılmaz",
                "Page 1 of", "Signature");
        assertThat(english).doesNotContain("schulden", "Vertrouwelijk");
    }

    @Test
    void anAgreementOfIntentSaysItDoesNotBindAndListsEveryItem() throws IOException {
        agreementWithItems(AgreementForm.INTENT);

        PrintedDocument printed = fixture.as(anna, () -> documents.print(ref, CaseDocument.AGREEMENT, BrugI18NProvider.DUTCH));

        String text = text(printed.content());
        assertThat(printed.fileName()).isEqualTo("overeenkomst-" + ref + ".pdf");
        assertThat(text).contains("Intentieverklaring", "juridisch niet bindend", "Fatma Yılmaz", "Piet Post",
                "Buurtbemiddeling", "Piet zet de vuilnis op dinsdagavond buiten", "Fatma belt eerst aan",
                "22-11-2026", "Piet Post");
        assertThat(text).doesNotContain("Vaststellingsovereenkomst", "schulden", "Open notitie");
        assertWellFormed(printed.content());
    }

    @Test
    void aSettlementAgreementSaysItBindsInDutchAndEnglish() throws IOException {
        agreementWithItems(AgreementForm.SETTLEMENT);

        String dutch = text(fixture.as(anna, () -> documents.print(ref, CaseDocument.AGREEMENT, BrugI18NProvider.DUTCH))
                .content());
        String english = text(fixture.as(anna, () -> documents.print(ref, CaseDocument.AGREEMENT, Locale.ENGLISH))
                .content());

        assertThat(dutch).contains("Vaststellingsovereenkomst", "artikel 7:900", "juridisch bindend")
                .doesNotContain("niet bindend", "Intentieverklaring");
        assertThat(english).contains("Settlement agreement", "legally binding", "7:900").doesNotContain("not legally binding");
    }

    @Test
    void signingWithoutAFormIsRefusedWithASentenceAtTheFormAndNothingIsSaved() {
        long version = caseVersion(anna, ref);

        assertThatThrownBy(() -> fixture.run(anna, () -> work.recordAgreement(ref, version, null, today())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .isEqualTo(Map.of("form", "agreement.formBeforeSigning")));
        assertThat(details(anna, ref).agreement().signedOn()).isNull();
        // A form without a date is fine: it is chosen before the parties sign.
        fixture.run(anna, () -> work.recordAgreement(ref, version, AgreementForm.INTENT, null));
        assertThat(details(anna, ref).agreement().form()).isEqualTo(AgreementForm.INTENT);
    }

    @Test
    void theAgreementCannotBePrintedBeforeItsFormIsChosen() {
        assertThatThrownBy(() -> fixture.as(anna, () -> documents.print(ref, CaseDocument.AGREEMENT, BrugI18NProvider.DUTCH)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .containsEntry("form", "document.agreement.formMissing"));
    }

    @Test
    void aSupervisorMayPrintAMediatorNotOnTheCaseMayNotAndEveryPrintIsAudited() {
        fixture.as(carla, () -> documents.print(ref, CaseDocument.MEDIATION_AGREEMENT, BrugI18NProvider.DUTCH));
        fixture.as(anna, () -> documents.print(ref, CaseDocument.MEDIATION_AGREEMENT, Locale.ENGLISH));

        assertThatThrownBy(() -> fixture.as(otto, () -> documents.print(ref, CaseDocument.MEDIATION_AGREEMENT,
                BrugI18NProvider.DUTCH))).isInstanceOf(CaseNotFoundException.class);

        assertThat(fixture.jdbc().sql("select detail from audit_log where action = 'DOCUMENT_PRINTED' and case_reference = :r"
                + " order by id").param("r", ref).query(String.class).list())
                .containsExactly("mediation agreement nl", "mediation agreement en");
        assertThat(fixture.jdbc().sql("select count(*) from audit_log where action = 'CASE_OPEN_REFUSED'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAnonymisedCaseHasNothingToPrint() {
        fixture.jdbc().sql("update mediation_case set anonymised_on = :on where reference = :r").param("on", today())
                .param("r", ref).update();

        assertThatThrownBy(() -> fixture.as(carla, () -> documents.print(ref, CaseDocument.MEDIATION_AGREEMENT,
                BrugI18NProvider.DUTCH))).isInstanceOf(CaseAnonymisedException.class);
    }

    @Test
    void twentyPartiesAndThirtyItemsRunOverPagesWithTheTableHeaderAndFooterOnEach() throws IOException {
        String big = bigCase(anna, 20, 30);

        byte[] agreement = fixture.as(anna, () -> documents.print(big, CaseDocument.AGREEMENT, BrugI18NProvider.DUTCH))
                .content();

        String text = text(agreement);
        try (PDDocument pdf = Loader.loadPDF(agreement)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int page = 1; page <= pages; page++) {
                assertThat(text).contains("Pagina " + page + " van " + pages);
            }
        }
        for (int i = 1; i <= 30; i++) {
            assertThat(text).contains("Afspraak nummer " + i + " ");
        }
        for (int i = 1; i <= 20; i++) {
            assertThat(text).contains("Partij " + i + " Achternaam");
        }
        assertWellFormed(agreement);
    }

    private void agreementWithItems(AgreementForm form) {
        fixture.run(anna, () -> work.addAgreementItem(ref, new AgreementItemData(
                "Piet zet de vuilnis op dinsdagavond buiten", "Piet Post", LocalDate.of(2026, 11, 22), ItemStatus.OPEN)));
        fixture.run(anna, () -> work.addAgreementItem(ref, new AgreementItemData(
                "Fatma belt eerst aan voordat zij een klacht indient", "Fatma Yılmaz", null, ItemStatus.OPEN)));
        fixture.run(anna, () -> work.recordAgreement(ref, caseVersion(anna, ref), form, today()));
    }

    private static int count(String text, String word) {
        return text.split(word, -1).length - 1;
    }
}
