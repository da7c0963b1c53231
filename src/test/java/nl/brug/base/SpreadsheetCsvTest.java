package nl.brug.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;

import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** CSV as Dutch Excel opens it, and a typed value never runs as a formula there. */
class SpreadsheetCsvTest {

    @Test
    void semicolonsAByteOrderMarkAndNoFormulas() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = SpreadsheetCsv.open(out, "Naam", "Waarde")) {
            SpreadsheetCsv.row(csv, "Coördinator", "36,8%");
            SpreadsheetCsv.row(csv, "=HYPERLINK(\"http://example.org\")", "@SUM(A1)");
            SpreadsheetCsv.row(csv, "-1+1", null);
        }

        assertThat(out.toString()).startsWith("\uFEFF");
        assertThat(out.toString().substring(1).lines()).containsExactly(
                "Naam;Waarde",
                "Coördinator;36,8%",
                "\"'=HYPERLINK(\"\"http://example.org\"\")\";'@SUM(A1)",
                "'-1+1;");
    }
}
