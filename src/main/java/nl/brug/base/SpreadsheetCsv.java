package nl.brug.base;

import java.io.IOException;
import java.io.Writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

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

    /**
     * Writes one row. A text that starts like a formula (=, +, -, @, tab, return) gets an apostrophe first,
     * so a spreadsheet shows it rather than runs it: some values are typed by anyone (a username at a failed
     * login, an address asked for), and the audit log is opened by an administrator.
     */
    public static void row(CSVPrinter csv, @Nullable Object... values) throws IOException {
        @Nullable Object[] safe = new @Nullable Object[values.length];
        for (int i = 0; i < values.length; i++) {
            safe[i] = values[i] instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                    ? "'" + text
                    : values[i];
        }
        csv.printRecord(safe);
    }

    /** Writes the byte-order mark and the header row; the caller writes the rows and closes or flushes. */
    public static CSVPrinter open(Writer out, String... header) throws IOException {
        out.write(BYTE_ORDER_MARK);
        return new CSVPrinter(out, FORMAT.builder().setHeader(header).get());
    }
}
