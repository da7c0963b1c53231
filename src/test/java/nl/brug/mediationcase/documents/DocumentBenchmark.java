package nl.brug.mediationcase.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.brug.base.BrugI18NProvider;
import nl.brug.mediationcase.CaseIntegrationTest;
import nl.brug.reporting.OutcomeReportService;
import nl.brug.security.BrugUser;

/**
 * How long each document takes and how large it is, for a case with 20 parties and 30 agreement items (and
 * the outcome report over it): the median of 20 prints after 5 to warm up. The PDFs are written to
 * {@code target/documents/} to look at (for instance {@code pdftoppm -png -r 60}). Not part of the build:
 *
 * <pre>./mvnw test -Dtest=DocumentBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbrug.skip-postgresql=true</pre>
 */
@CaseIntegrationTest
class DocumentBenchmark extends DocumentTestSupport {

    private static final int WARM_UP = 5;
    private static final int RUNS = 20;

    @Autowired
    CaseDocumentService documents;
    @Autowired
    OutcomeReportService reports;

    @Test
    void printEachDocumentOfABigCase() throws IOException {
        BrugUser anna = fixture.mediator("anna", "Anna de Vries");
        BrugUser carla = fixture.supervisor("carla", "Carla Jansen");
        String reference = bigCase(anna, 20, 30);
        Path folder = Files.createDirectories(Path.of("target", "documents"));

        measure("mediation agreement", folder.resolve("mediation-agreement.pdf"), () -> fixture.as(anna,
                () -> documents.print(reference, CaseDocument.MEDIATION_AGREEMENT, BrugI18NProvider.DUTCH).content()));
        measure("agreement", folder.resolve("agreement.pdf"), () -> fixture.as(anna,
                () -> documents.print(reference, CaseDocument.AGREEMENT, BrugI18NProvider.DUTCH).content()));
        measure("outcome report", folder.resolve("outcomes.pdf"), () -> fixture.as(carla,
                () -> reports.exportPdf(today().withDayOfYear(1), today(), BrugI18NProvider.DUTCH)));
    }

    private static void measure(String name, Path file, java.util.function.Supplier<byte[]> print) throws IOException {
        for (int i = 0; i < WARM_UP; i++) {
            print.get();
        }
        long[] nanos = new long[RUNS];
        byte[] last = new byte[0];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            last = print.get();
            nanos[i] = System.nanoTime() - started;
        }
        java.util.Arrays.sort(nanos);
        Files.write(file, last);
        int pages;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(last)) {
            pages = pdf.getNumberOfPages();
        }
        System.out.printf(Locale.ROOT, "BENCHMARK %s: %d pages, %.1f kB, median %.1f ms, slowest %.1f ms (%d runs)%n",
                name, pages, last.length / 1024.0, nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6, RUNS);
    }
}
