package nl.brug.reporting.internal;

import java.io.IOException;
import java.io.Writer;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Arrays;
import java.util.function.Function;

import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.base.Labelled;
import nl.brug.base.SpreadsheetCsv;
import nl.brug.reporting.OutcomeReport;

/**
 * An outcome report as CSV for a spreadsheet ({@link SpreadsheetCsv}: semicolons, byte-order mark): one row
 * per number, in the reader's words; numbers with a decimal comma in every language ({@code 36,8%},
 * {@code 22,5}), as Dutch Excel reads them, since the file is read there whatever the reader's language (a
 * decimal point makes {@code 22.5} the date 22 May there, decision 033); dates as 31-01-2026. The last column keeps a fixed code per row
 * ({@code summary.agreement_rate}, {@code theme.NOISE}), the same in every language, for a script. An
 * empty value means "none" (no closed case, no agreement).
 */
public final class OutcomeCsv {

    static final String[] HEADER_KEYS = {"outcomes.csv.section", "outcomes.csv.item", "outcomes.csv.value",
        "outcomes.csv.code"};

    /** Numbers are written as Dutch Excel reads them, whatever the reader's language. */
    private static final Locale SPREADSHEET_NUMBERS = BrugI18NProvider.DUTCH;

    private OutcomeCsv() {
    }

    /**
     * Writes the report and flushes; the caller owns (and closes) the writer.
     *
     * @param words the text of a translation key in the reader's language
     */
    public static void write(OutcomeReport report, Function<String, String> words, Writer out)
            throws IOException {
        CSVPrinter csv = SpreadsheetCsv.open(out, Arrays.stream(HEADER_KEYS).map(words).toArray(String[]::new));
        String period = words.apply("outcomes.csv.period");
        row(csv, period, words.apply("outcomes.from"), DisplayFormats.date(report.period().from()), "period.from");
        row(csv, period, words.apply("outcomes.to"), DisplayFormats.date(report.period().to()), "period.to");
        String summary = words.apply("outcomes.csv.summary");
        row(csv, summary, words.apply("outcomes.figure.registered"), report.registered(), "summary.registered");
        row(csv, summary, words.apply("outcomes.figure.closed"), report.closed(), "summary.closed");
        row(csv, summary, words.apply("outcomes.csv.closedWithOutcome"), report.closedWithOutcome(),
                "summary.closed_with_outcome");
        row(csv, summary, words.apply("outcomes.csv.agreed"), report.agreed(), "summary.agreed");
        row(csv, summary, words.apply("outcomes.csv.agreementRate"), percent(report.agreementRate()),
                "summary.agreement_rate");
        row(csv, summary, words.apply("outcomes.csv.casesWithAgreementDate"), report.casesWithAgreementDate(),
                "summary.cases_with_agreement_date");
        row(csv, summary, words.apply("outcomes.figure.medianDays"), days(report.medianDaysToAgreement()),
                "summary.median_days_to_agreement");
        counts(csv, words.apply("outcomes.byStatus"), "status", report.byStatus(), words);
        counts(csv, words.apply("outcomes.byKind"), "kind", report.byKind(), words);
        counts(csv, words.apply("outcomes.byTheme"), "theme", report.byTheme(), words);
        counts(csv, words.apply("outcomes.byOutcome"), "outcome", report.byOutcome(), words);
        csv.flush();
    }

    private static void counts(CSVPrinter csv, String section, String code, Map<? extends Labelled, Long> counts,
            Function<String, String> words) throws IOException {
        for (Map.Entry<? extends Labelled, Long> count : counts.entrySet()) {
            row(csv, section, words.apply(count.getKey().messageKey()), count.getValue(),
                    code + "." + ((Enum<?>) count.getKey()).name());
        }
    }

    private static void row(CSVPrinter csv, String section, String item, Object value, String code) throws IOException {
        SpreadsheetCsv.row(csv, section, item, value, code);
    }

    /** A fraction 0..1 as a percentage with one decimal, as Dutch Excel reads it: 36,8%. */
    static String percent(@Nullable Double fraction) {
        if (fraction == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(SPREADSHEET_NUMBERS);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    /** A median of whole days is whole or ends in .5: 12 or 12,5, never 12,0 (nor 12.5, in any language). */
    static String days(@Nullable Double value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(SPREADSHEET_NUMBERS);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
