package nl.brug.reporting.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import nl.brug.reporting.OutcomeReport;

/**
 * An outcome report as CSV for a spreadsheet or a funder's own analysis: one {@code section,key,value}
 * row per number. Keys are the enum names and fixed English words, not translated labels, so a file
 * reads the same whatever language its author used and a script can rely on it. Dates are ISO
 * (2026-01-31), fractions have a dot and four decimals; an empty value means "none" (no closed case, no
 * agreement).
 */
public final class OutcomeCsv {

    public static final String[] HEADER = {"section", "key", "value"};

    private OutcomeCsv() {
    }

    /** Writes the report and flushes; the caller owns (and closes) the writer. */
    public static void write(OutcomeReport report, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        csv.printRecord("period", "from", report.period().from());
        csv.printRecord("period", "to", report.period().to());
        csv.printRecord("summary", "registered", report.registered());
        csv.printRecord("summary", "closed", report.closed());
        csv.printRecord("summary", "closed_with_outcome", report.closedWithOutcome());
        csv.printRecord("summary", "agreed", report.agreed());
        csv.printRecord("summary", "agreement_rate", fraction(report.agreementRate()));
        csv.printRecord("summary", "cases_with_agreement_date", report.casesWithAgreementDate());
        csv.printRecord("summary", "median_days_to_agreement", days(report.medianDaysToAgreement()));
        counts(csv, "status", report.byStatus());
        counts(csv, "kind", report.byKind());
        counts(csv, "theme", report.byTheme());
        counts(csv, "outcome", report.byOutcome());
        csv.flush();
    }

    private static void counts(CSVPrinter csv, String section, Map<? extends Enum<?>, Long> counts) throws IOException {
        for (Map.Entry<? extends Enum<?>, Long> count : counts.entrySet()) {
            csv.printRecord(section, count.getKey().name(), count.getValue());
        }
    }

    private static String fraction(@Nullable Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** A median of whole days is whole or ends in .5: print 12 or 12.5, never 12.0. */
    private static String days(@Nullable Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue()) : String.format(Locale.ROOT, "%.1f", value);
    }
}
