package nl.brug.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The letterhead and layout every document shares, without Spring: the organisation's name, address lines and
 * logo; a wrong logo stops the start; an SVG chart drawn as shapes and text; letters the font lacks do not break
 * the document; the footer on every page.
 */
class PdfDocumentsTest {

    private static final DocumentInfo INFO = new DocumentInfo("Proefdocument", "2026-0042", Locale.of("nl"),
            "Afgedrukt op 25-11-2026", "Pagina {0} van {1}");

    @Test
    void theLetterheadHoldsTheNameEveryAddressLineAndTheLogo() throws IOException {
        PdfDocuments documents = documents("Buurtbemiddeling Voorbeeldstad", "Brugstraat 12 | 1234 AB Voorbeeldstad",
                "classpath:demo/logo.png");

        byte[] pdf;
        try (PdfPages pages = documents.start(INFO)) {
            pdf = pages.paragraph("Tekst.").finish();
        }

        assertThat(text(pdf)).contains("Buurtbemiddeling Voorbeeldstad", "Brugstraat 12", "1234 AB Voorbeeldstad",
                "Proefdocument", "2026-0042", "Afgedrukt op 25-11-2026", "Pagina 1 van 1");
        assertThat(PdfDrawings.of(pdf).images()).isEqualTo(1);
    }

    @Test
    void withoutALogoTheLetterheadIsTextOnly() throws IOException {
        byte[] pdf;
        try (PdfPages pages = documents("Buurtbemiddeling", "", null).start(INFO)) {
            pdf = pages.finish();
        }

        assertThat(PdfDrawings.of(pdf).images()).isZero();
    }

    @Test
    void aLogoThatIsNoImageOrNoFileStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> documents("X", "", "classpath:application.properties"))
                .hasMessageContaining("brug.organisation.logo");
        assertThatThrownBy(() -> documents("X", "", "/no/such/logo.png")).hasMessageContaining("brug.organisation.logo");
    }

    @Test
    void aChartIsDrawnAsShapesAndTextAndAnUnknownShapeIsRefused() throws IOException {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 40\" font-size=\"14\"><title>t</title>"
                + "<g><text x=\"90\" y=\"20\" text-anchor=\"end\" dominant-baseline=\"central\" fill=\"currentColor\">Geluid</text>"
                + "<rect x=\"100\" y=\"5\" width=\"80\" height=\"30\" fill=\"#E69F00\"/>"
                + "<line x1=\"0\" y1=\"39\" x2=\"200\" y2=\"39\" stroke=\"#000\"/></g></svg>";
        byte[] pdf;
        try (PdfPages pages = documents("X", "", null).start(INFO)) {
            pdf = pages.chart(svg).finish();
        }

        assertThat(text(pdf)).contains("Geluid");
        assertThat(PdfDrawings.of(pdf).fills()).anyMatch(fill -> fill.rgb() == 0xE69F00 && fill.width() > 0);
        try (PdfPages pages = documents("X", "", null).start(INFO)) {
            assertThatThrownBy(() -> pages.chart("<svg viewBox=\"0 0 10 10\"><circle r=\"5\"/></svg>"))
                    .hasMessageContaining("circle");
        }
    }

    @Test
    void lettersTheFontLacksBecomeAQuestionMarkAndLongTextRunsOverPagesWithAFooterOnEach() throws IOException {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Naam", "Zeynep Çelik-Ørsted \u6F22\u0007 ‘aanhalingstekens’ – streepje");
        byte[] pdf;
        try (PdfPages pages = documents("X", "", null).start(INFO)) {
            pages.facts(facts);
            for (int i = 0; i < 40; i++) {
                pages.heading("Kop " + i).paragraph("Een alinea die lang genoeg is om over meer dan een regel te lopen, "
                        + "met een woord dat nergens past: " + "a".repeat(150));
            }
            pages.table(List.of(new TableColumn("Wat", 3), new TableColumn("Wie", 1)), List.of(List.of("Iets", "Iemand")));
            pdf = pages.finish();
        }

        String text = text(pdf);
        assertThat(text).contains("Zeynep Çelik-Ørsted ? ‘aanhalingstekens’ – streepje", "Kop 39", "Iemand");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            assertThat(text).contains("Pagina " + pages + " van " + pages);
        }
    }

    static PdfDocuments documents(String name, String address, String logo) {
        return new PdfDocuments(new OrganisationProperties(name, address, logo), new DefaultResourceLoader());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
