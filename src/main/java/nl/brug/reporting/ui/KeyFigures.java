package nl.brug.reporting.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import nl.brug.reporting.OutcomeFigures;

/** The four numbers a supervisor looks at first, each with what it is taken over. */
final class KeyFigures extends Div {

    KeyFigures(List<OutcomeFigures.Figure> figures) {
        addClassName("brug-figures");
        setId("outcomes-figures");
        figures.forEach(figure -> add(figure(figure)));
    }

    private Div figure(OutcomeFigures.Figure figure) {
        Span valueText = new Span(figure.value());
        valueText.addClassName("brug-figure-value");
        valueText.setId(figure.id());
        Span label = new Span(figure.label());
        label.addClassName("brug-figure-label");
        Div shown = new Div(valueText, label);
        shown.addClassName("brug-figure");
        if (figure.help() != null) {
            Span helpText = new Span(figure.help());
            helpText.addClassName("brug-muted");
            shown.add(helpText);
        }
        return shown;
    }
}
