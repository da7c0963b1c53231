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
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an export back as a spreadsheet does (Commons CSV with semicolons), after checking that its bytes start
 * with the UTF-8 byte-order mark Dutch Excel needs to read them as UTF-8.
 *
 * @param header the first line's column names
 * @param rows the lines after it, whose values can also be asked for by column name
 */
public record SpreadsheetFile(List<String> header, List<CSVRecord> rows) {

    /** The records of what the export writes into a UTF-8 writer. */
    public static SpreadsheetFile written(Consumer<Writer> export) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            export.accept(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(bytes.toByteArray());
    }

    public static SpreadsheetFile read(byte[] content) {
        assertThat(Arrays.copyOf(content, 3)).as("the UTF-8 byte-order mark first").containsExactly(0xEF, 0xBB, 0xBF);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().get()
                .parse(new StringReader(new String(content, 3, content.length - 3, StandardCharsets.UTF_8)))) {
            return new SpreadsheetFile(List.copyOf(parser.getHeaderNames()), parser.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
