package nl.brug.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an export back as a spreadsheet does (Commons CSV with semicolons), after checking that its bytes start
 * with the UTF-8 byte-order mark Dutch Excel needs to read them as UTF-8. The header is the first record.
 */
public final class SpreadsheetFile {

    private SpreadsheetFile() {
    }

    /** The records of what the export writes into a UTF-8 writer. */
    public static List<CSVRecord> written(Consumer<Writer> export) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            export.accept(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(bytes.toByteArray());
    }

    public static List<CSVRecord> read(byte[] content) {
        assertThat(Arrays.copyOf(content, 3)).as("the UTF-8 byte-order mark first").containsExactly(0xEF, 0xBB, 0xBF);
        try {
            return CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                    .parse(new StringReader(new String(content, 3, content.length - 3, StandardCharsets.UTF_8)))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
