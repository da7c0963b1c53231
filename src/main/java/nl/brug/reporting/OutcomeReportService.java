package nl.brug.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditService;
import nl.brug.base.BrugClock;
import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.document.PdfDocuments;
import nl.brug.reporting.internal.OutcomeCsv;
import nl.brug.reporting.internal.OutcomePdf;
import nl.brug.reporting.internal.OutcomeQueries;

/**
 * The outcomes report, for supervisors only: counts by status, kind, theme and outcome, the agreement rate
 * and the median days to agreement of the cases registered in a period (see {@link OutcomeReport} for the
 * definitions). The counting, and the median, happen in the database (decision 036).
 *
 * <p>The report is read in one repeatable-read transaction, so its several queries see the same cases and
 * the totals of the four breakdowns agree even while others register cases.
 */
@Service
@PreAuthorize("hasRole('SUPERVISOR')")
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class OutcomeReportService {

    private final OutcomeQueries queries;
    private final AuditService audit;
    private final BrugI18NProvider i18n;
    private final PdfDocuments pdf;
    private final BrugClock clock;

    OutcomeReportService(OutcomeQueries queries, AuditService audit, BrugI18NProvider i18n, PdfDocuments pdf,
            BrugClock clock) {
        this.queries = queries;
        this.audit = audit;
        this.pdf = pdf;
        this.clock = clock;
        this.i18n = i18n;
    }

    /**
     * The report over the cases registered from {@code from} up to and including {@code to}.
     *
     * @throws nl.brug.base.InvalidInputException when {@code to} is before {@code from}
     */
    public OutcomeReport report(LocalDate from, LocalDate to) {
        return compute(new ReportPeriod(from, to));
    }

    /**
     * Writes the report's numbers as CSV for a spreadsheet, in the reader's language (one row per number, see
     * {@link OutcomeCsv}) and records the export in the audit trail. The writer is flushed, not closed.
     */
    // Not read-only: recording the export is a write, which PostgreSQL refuses in a read-only transaction.
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public void exportCsv(LocalDate from, LocalDate to, Locale locale, Writer out) {
        ReportPeriod period = new ReportPeriod(from, to);
        try {
            OutcomeCsv.write(compute(period), key -> i18n.getTranslation(key, locale), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.EXPORT, null, "outcomes csv " + period);
    }

    /**
     * The report as a PDF for the funder, in the reader's language: the same figures, tables and charts as the
     * page ({@link OutcomeFigures}), under the organisation's letterhead. Recorded in the audit trail.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public byte[] exportPdf(LocalDate from, LocalDate to, Locale locale) {
        ReportPeriod period = new ReportPeriod(from, to);
        Locale language = BrugI18NProvider.supported(locale);
        BiFunction<String, Object[], String> words = (key, parameters) -> i18n.getTranslation(key, language, parameters);
        OutcomeFigures figures = new OutcomeFigures(compute(period), language, words);
        byte[] content = OutcomePdf.write(pdf, figures,
                DisplayFormats.date(period.from()) + " – " + DisplayFormats.date(period.to()), language, clock.today(),
                words);
        audit.record(AuditAction.EXPORT, null, "outcomes pdf " + period);
        return content;
    }

    private OutcomeReport compute(ReportPeriod period) {
        OutcomeQueries.Counts counts = queries.counts(period);
        OutcomeQueries.DaysToAgreement days = queries.daysToAgreement(period);
        return new OutcomeReport(period, counts.byStatus(), counts.byKind(), counts.byTheme(), counts.byOutcome(),
                days.cases(), days.median());
    }
}
