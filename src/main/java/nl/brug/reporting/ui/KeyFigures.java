package nl.brug.reporting.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import nl.brug.reporting.OutcomeReport;

/** The four numbers a supervisor looks at first, each with what it is taken over. */
final class KeyFigures extends Div {

    KeyFigures(OutcomeReport report) {
        addClassName("brug-figures");
        setId("outcomes-figures");
        var locale = getLocale();
        add(figure("outcomes-registered", "outcomes.figure.registered",
                ReportFormats.count(report.registered(), locale), null));
        add(figure("outcomes-closed", "outcomes.figure.closed", ReportFormats.count(report.closed(), locale), null));
        add(figure("outcomes-agreement-rate", "outcomes.figure.agreementRate",
                ReportFormats.percent(report.agreementRate(), locale),
                report.closedWithOutcome() == 0 ? getTranslation("outcomes.figure.agreementRate.none")
                        : getTranslation("outcomes.figure.agreementRate.help", report.agreed(),
                                report.closedWithOutcome())));
        add(figure("outcomes-median-days", "outcomes.figure.medianDays",
                ReportFormats.days(report.medianDaysToAgreement(), locale),
                report.casesWithAgreementDate() == 0 ? getTranslation("outcomes.figure.medianDays.none")
                        : getTranslation("outcomes.figure.medianDays.help", report.casesWithAgreementDate())));
    }

    private Div figure(String id, String labelKey, String value, @Nullable String help) {
        Span valueText = new Span(value);
        valueText.addClassName("brug-figure-value");
        valueText.setId(id);
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("brug-figure-label");
        Div figure = new Div(valueText, label);
        figure.addClassName("brug-figure");
        if (help != null) {
            Span helpText = new Span(help);
            helpText.addClassName("brug-muted");
            figure.add(helpText);
        }
        return figure;
    }
}
