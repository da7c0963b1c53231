package nl.brug.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import nl.brug.base.DisplayFormats;
import nl.brug.document.DocumentInfo;
import nl.brug.document.PdfDocuments;
import nl.brug.document.PdfPages;
import nl.brug.document.TableColumn;
import nl.brug.reporting.OutcomeFigures;
import nl.brug.reporting.ReportFormats;
import nl.brug.reporting.chart.BarChartSvg;

/**
 * The outcome report on paper for the funder: the page's key figures, and each breakdown as its table and its
 * chart (the same SVG the page shows, drawn as vectors), from the same {@link OutcomeFigures}.
 */
public final class OutcomePdf {

    private OutcomePdf() {
    }

    public static byte[] write(PdfDocuments pdf, OutcomeFigures figures, String periodText, Locale locale,
            LocalDate today, BiFunction<String, Object[], String> words) {
        DocumentInfo info = new DocumentInfo(words.apply("outcomes.pdf.title", new Object[] { periodText }), null,
                locale, words.apply("document.printedOn", new Object[] { DisplayFormats.date(today) }),
                words.apply("document.pageOf", new Object[0]));
        try (PdfPages pages = pdf.start(info)) {
            pages.paragraph(words.apply("outcomes.intro", new Object[0]));
            Map<String, String> keyFigures = new LinkedHashMap<>();
            for (OutcomeFigures.Figure figure : figures.keyFigures()) {
                keyFigures.put(figure.label(), figure.help() == null ? figure.value()
                        : figure.value() + " (" + figure.help() + ")");
            }
            pages.facts(keyFigures);
            for (OutcomeFigures.Breakdown breakdown : figures.breakdowns()) {
                pages.heading(breakdown.title());
                List<List<String>> rows = new ArrayList<>();
                for (BarChartSvg.Bar bar : breakdown.bars()) {
                    rows.add(List.of(bar.label(), ReportFormats.count(bar.value(), locale)));
                }
                rows.add(List.of(words.apply("outcomes.column.total", new Object[0]),
                        ReportFormats.count(breakdown.total(), locale)));
                pages.table(List.of(new TableColumn(breakdown.labelHeader(), 3),
                        new TableColumn(words.apply("outcomes.column.count", new Object[0]), 1)), rows);
                pages.chart(breakdown.chartSvg());
            }
            return pages.finish();
        }
    }
}
