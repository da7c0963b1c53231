package nl.brug.base;

import java.io.IOException;
import java.io.Writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as a Dutch spreadsheet opens it: a semicolon between the columns (Dutch Excel's list separator, since
 * the comma is the decimal sign) and a UTF-8 byte-order mark first, without which Excel reads "Coördinator"
 * as "CoÃ¶rdinator". Brug's exports are for people who open them in a spreadsheet; each row also keeps the
 * stored code where a script may want it.
 */
public final class SpreadsheetCsv {

    public static final char SEPARATOR = ';';
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(SEPARATOR).get();

    private SpreadsheetCsv() {
    }

    /** Writes the byte-order mark and the header row; the caller writes the rows and closes or flushes. */
    public static CSVPrinter open(Writer out, String... header) throws IOException {
        out.write(BYTE_ORDER_MARK);
        return new CSVPrinter(out, FORMAT.builder().setHeader(header).get());
    }
}
