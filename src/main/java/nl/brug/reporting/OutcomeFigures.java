package nl.brug.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import nl.brug.base.Labelled;
import nl.brug.reporting.chart.BarChartSvg;

/**
 * What an outcome report shows, once for the page and the PDF alike: the key figures with their words and the
 * four breakdowns with their bars and the chart's SVG. The page and the paper only lay these out, so they
 * cannot show different numbers.
 */
public final class OutcomeFigures {

    /** A key figure: its label, its value as the reader writes numbers, and what it is taken over (if anything). */
    public record Figure(String id, String label, String value, @Nullable String help) {
    }

    /** A breakdown: its title, the header of its label column, one bar per value (zeros included) and the total. */
    public record Breakdown(String id, String title, String labelHeader, List<BarChartSvg.Bar> bars, long total,
            String chartSvg) {
    }

    private final OutcomeReport report;
    private final Locale locale;
    private final BiFunction<String, Object[], String> words;

    /** {@code words}: the translation of a key with its parameters, in {@code locale}. */
    public OutcomeFigures(OutcomeReport report, Locale locale, BiFunction<String, Object[], String> words) {
        this.report = report;
        this.locale = locale;
        this.words = words;
    }

    public List<Figure> keyFigures() {
        return List.of(
                new Figure("outcomes-registered", words("outcomes.figure.registered"),
                        ReportFormats.count(report.registered(), locale), null),
                new Figure("outcomes-closed", words("outcomes.figure.closed"),
                        ReportFormats.count(report.closed(), locale), null),
                new Figure("outcomes-agreement-rate", words("outcomes.figure.agreementRate"),
                        ReportFormats.percent(report.agreementRate(), locale),
                        report.closedWithOutcome() == 0 ? words("outcomes.figure.agreementRate.none")
                                : words("outcomes.figure.agreementRate.help", report.agreed(), report.closedWithOutcome())),
                new Figure("outcomes-median-days", words("outcomes.figure.medianDays"),
                        ReportFormats.days(report.medianDaysToAgreement(), locale),
                        report.casesWithAgreementDate() == 0 ? words("outcomes.figure.medianDays.none")
                                : words("outcomes.figure.medianDays.help", report.casesWithAgreementDate())));
    }

    public List<Breakdown> breakdowns() {
        return List.of(
                breakdown("outcomes-by-status", "outcomes.byStatus", "case.status", report.byStatus(), report.registered()),
                breakdown("outcomes-by-kind", "outcomes.byKind", "case.kind", report.byKind(), report.registered()),
                breakdown("outcomes-by-theme", "outcomes.byTheme", "case.theme", report.byTheme(), report.registered()),
                breakdown("outcomes-by-outcome", "outcomes.byOutcome", "case.outcome", report.byOutcome(),
                        report.closedWithOutcome()));
    }

    private Breakdown breakdown(String id, String titleKey, String labelHeaderKey,
            Map<? extends Labelled, Long> counts, long total) {
        String title = words(titleKey);
        List<BarChartSvg.Bar> bars = counts.entrySet().stream()
                .map(count -> new BarChartSvg.Bar(words(count.getKey().messageKey()), count.getValue())).toList();
        return new Breakdown(id, title, words(labelHeaderKey), bars, total,
                BarChartSvg.render(words("outcomes.chart", title), bars));
    }

    private String words(String key, Object... parameters) {
        return words.apply(key, parameters);
    }
}
