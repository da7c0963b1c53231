package nl.brug.mediationcase.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseTestSupport;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.agreement.AgreementForm;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.agreement.ItemStatus;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.BrugUser;

/** A big case to print, and reading a PDF back: its text, and whether it is A4 with every font embedded. */
abstract class DocumentTestSupport extends CaseTestSupport {

    /** A case with {@code parties} parties and {@code items} agreement items, its agreement of intent signed today. */
    String bigCase(BrugUser mediator, int parties, int items) {
        List<PartyData> all = new ArrayList<>();
        for (int i = 1; i <= parties; i++) {
            all.add(PartyData.person("Partij " + i + " Achternaam", i == 1 ? PartyRole.REQUESTING_PARTY : PartyRole.OTHER_PARTY));
        }
        String reference = register(mediator, new CaseRegistration(CaseOverview.of("Een grote burenruzie",
                CaseKind.HORIZONTAL, Theme.NEIGHBOUR_NUISANCE, Source.PARTY_ITSELF), all));
        for (int i = 1; i <= items; i++) {
            int n = i;
            fixture.run(mediator, () -> work.addAgreementItem(reference, new AgreementItemData("Afspraak nummer " + n
                    + " : wie wat doet, waar en hoe vaak, zodat iedereen weet waar hij aan toe is en wat er gebeurt als het"
                    + " een keer niet lukt", "Partij " + (n % 20 + 1) + " Achternaam", today().plusDays(n), ItemStatus.OPEN)));
        }
        fixture.run(mediator, () -> work.recordAgreement(reference, caseVersion(mediator, reference), AgreementForm.INTENT,
                today()));
        return reference;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** A4, every font embedded (so it prints the same everywhere), and a title in the document's properties. */
    static void assertWellFormed(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

}
