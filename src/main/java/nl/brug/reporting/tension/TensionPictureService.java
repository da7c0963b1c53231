package nl.brug.reporting.tension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditService;
import nl.brug.base.BrugClock;
import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.base.SpreadsheetCsv;
import nl.brug.document.DocumentInfo;
import nl.brug.document.PdfDocuments;
import nl.brug.document.PdfPages;
import nl.brug.document.TableColumn;
import nl.brug.reporting.chart.HeatChartSvg;

/**
 * The tension picture of a municipality for supervisors and funders (opdrachtgevers): cases per neighbourhood
 * and quarter, every number below 5 hidden together with what would give it away ({@link CellSuppression}).
 * Only the hidden-or-shown numbers leave this service — on the page, in the CSV and in the PDF alike — so no
 * caller can undo the hiding. Exports are audited.
 */
@Service
@PreAuthorize("hasAnyRole('SUPERVISOR', 'FUNDER')")
@Transactional(readOnly = true)
public class TensionPictureService {

    private final TensionQueries queries;
    private final AuditService audit;
    private final BrugI18NProvider i18n;
    private final PdfDocuments pdf;
    private final BrugClock clock;

    TensionPictureService(TensionQueries queries, AuditService audit, BrugI18NProvider i18n, PdfDocuments pdf,
            BrugClock clock) {
        this.queries = queries;
        this.audit = audit;
        this.i18n = i18n;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The municipalities that have cases, for the chooser. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'FUNDER')")
    public List<String> municipalities() {
        return queries.municipalities();
    }

    /** The quarter of today, the default end of a picture. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'FUNDER')")
    public Quarter currentQuarter() {
        return Quarter.of(clock.today());
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR', 'FUNDER')")
    public TensionPicture picture(TensionQuery query) {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = query.from(); q.compareTo(query.to()) <= 0; q = q.next()) {
            quarters.add(q);
        }
        Map<String, long[]> byNeighbourhood = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (TensionQueries.Count count : queries.counts(query)) {
            byNeighbourhood.computeIfAbsent(count.neighbourhood(), n -> new long[quarters.size()])
                    [quarters.indexOf(count.quarter())] += count.cases();
        }
        List<String> neighbourhoods = new ArrayList<>(byNeighbourhood.keySet());
        long[][] counts = byNeighbourhood.values().toArray(long[][]::new);
        int rows = counts.length;
        int columns = quarters.size();
        boolean[][] hidden = CellSuppression.hidden(counts);
        long[][] table = CellSuppression.withTotals(counts, rows, columns);
        List<TensionPicture.Row> shown = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<@Nullable Long> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(hidden[r][c] ? null : table[r][c]);
            }
            shown.add(new TensionPicture.Row(neighbourhoods.get(r), cells, hidden[r][columns] ? null : table[r][columns],
                    trend(cells)));
        }
        List<@Nullable Long> quarterTotals = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            quarterTotals.add(hidden[rows][c] ? null : table[rows][c]);
        }
        return new TensionPicture(query, quarters, shown, quarterTotals, hidden[rows][columns] ? null : table[rows][columns]);
    }

    /** The picture as CSV for a spreadsheet (semicolons, byte-order mark); "< 5" where a number is hidden. */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'FUNDER')")
    public byte[] exportCsv(TensionQuery query, Locale locale) {
        TensionPicture picture = picture(query);
        Words words = new Words(locale);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>();
            header.add(words.get("tension.neighbourhood"));
            picture.quarters().forEach(q -> header.add(q.label(words.dutch())));
            header.add(words.get("tension.total"));
            header.add(words.get("tension.trend"));
            CSVPrinter csv = SpreadsheetCsv.open(out, header.toArray(String[]::new));
            for (List<String> row : rows(picture, words)) {
                SpreadsheetCsv.row(csv, row.toArray());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.EXPORT, null, "tension csv " + describe(query));
        return bytes.toByteArray();
    }

    /** The picture as a PDF for the municipality's start photo: the table and the heat chart. */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'FUNDER')")
    public byte[] exportPdf(TensionQuery query, Locale locale) {
        TensionPicture picture = picture(query);
        Words words = new Words(locale);
        String title = words.get("tension.pdf.title", query.municipality(), query.from().label(words.dutch()),
                query.to().label(words.dutch()));
        DocumentInfo info = new DocumentInfo(title, null, words.locale(),
                words.get("document.printedOn", DisplayFormats.date(clock.today())), words.get("document.pageOf"));
        byte[] content;
        try (PdfPages pages = pdf.start(info)) {
            pages.paragraph(words.get("tension.intro"));
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put(words.get("tension.theme"), query.theme() == null ? words.get("tension.all")
                    : words.get(query.theme().messageKey()));
            facts.put(words.get("tension.kind"), query.kind() == null ? words.get("tension.all")
                    : words.get(query.kind().messageKey()));
            pages.facts(facts);
            if (picture.isEmpty()) {
                pages.paragraph(words.get("tension.empty"));
            } else {
                List<TableColumn> columns = new ArrayList<>();
                columns.add(new TableColumn(words.get("tension.neighbourhood"), 3));
                picture.quarters().forEach(q -> columns.add(new TableColumn(q.label(words.dutch()), 1)));
                columns.add(new TableColumn(words.get("tension.total"), 1));
                columns.add(new TableColumn(words.get("tension.trend"), 0.8f));
                pages.table(columns, rows(picture, words));
                pages.chart(chart(picture, words));
            }
            pages.remark(words.get("tension.suppressed", CellSuppression.THRESHOLD));
            content = pages.finish();
        }
        audit.record(AuditAction.EXPORT, null, "tension pdf " + describe(query));
        return content;
    }

    /** The heat chart of a picture, in the reader's language. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'FUNDER')")
    public String chart(TensionPicture picture, Locale locale) {
        return chart(picture, new Words(locale));
    }

    private String chart(TensionPicture picture, Words words) {
        @Nullable Long[][] values = picture.rows().stream().map(row -> row.counts().toArray(Long[]::new))
                .toArray(Long[][]::new);
        return HeatChartSvg.render(words.get("tension.chart", picture.query().municipality()),
                picture.rows().stream().map(row -> neighbourhood(row, words)).toList(),
                picture.quarters().stream().map(q -> q.label(words.dutch())).toList(), values, words.get("tension.hidden"));
    }

    private static List<List<String>> rows(TensionPicture picture, Words words) {
        List<List<String>> rows = new ArrayList<>();
        for (TensionPicture.Row row : picture.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(neighbourhood(row, words));
            row.counts().forEach(count -> cells.add(shown(count, words)));
            cells.add(shown(row.total(), words));
            cells.add(row.trend().arrow());
            rows.add(cells);
        }
        List<String> totals = new ArrayList<>();
        totals.add(words.get("tension.total"));
        picture.quarterTotals().forEach(count -> totals.add(shown(count, words)));
        totals.add(shown(picture.total(), words));
        totals.add("");
        rows.add(totals);
        return rows;
    }

    private static String neighbourhood(TensionPicture.Row row, Words words) {
        return row.neighbourhood().isEmpty() ? words.get("tension.neighbourhood.unknown") : row.neighbourhood();
    }

    private static String shown(@Nullable Long count, Words words) {
        return count == null ? words.get("tension.hidden") : Long.toString(count);
    }

    private static TensionPicture.Trend trend(List<@Nullable Long> cells) {
        if (cells.size() < 2) {
            return TensionPicture.Trend.UNKNOWN;
        }
        Long last = cells.get(cells.size() - 1);
        Long before = cells.get(cells.size() - 2);
        if (last == null || before == null) {
            return TensionPicture.Trend.UNKNOWN;
        }
        int compared = Long.compare(last, before);
        return compared > 0 ? TensionPicture.Trend.UP : compared < 0 ? TensionPicture.Trend.DOWN : TensionPicture.Trend.SAME;
    }

    /** What the audit trail keeps of an export: the municipality, the quarters and the filters (no person). */
    private static String describe(TensionQuery query) {
        return String.join(" ", Arrays.asList(query.municipality(), query.from().label(true) + "/" + query.to().label(true),
                query.theme() == null ? "-" : query.theme().name(), query.kind() == null ? "-" : query.kind().name()));
    }

    /** Translations in the reader's language. */
    private final class Words {
        private final Locale locale;

        Words(Locale locale) {
            this.locale = BrugI18NProvider.supported(locale);
        }

        Locale locale() {
            return locale;
        }

        boolean dutch() {
            return BrugI18NProvider.DUTCH.getLanguage().equals(locale.getLanguage());
        }

        String get(String key, Object... parameters) {
            return i18n.getTranslation(key, locale, parameters);
        }
    }
}
