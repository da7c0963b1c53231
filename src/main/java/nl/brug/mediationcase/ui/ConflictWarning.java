package nl.brug.mediationcase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import nl.brug.mediationcase.ConflictOfInterestException;

/**
 * The warning before a mediator joins a case that their conflicts of interest match: which mediator, and what of
 * the case matched, one line each, and that going on needs a reason. Hidden until {@link #show}.
 */
class ConflictWarning extends Div {

    ConflictWarning(String id) {
        setId(id);
        addClassName("brug-refusal");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(ConflictOfInterestException warning) {
        removeAll();
        UnorderedList lines = new UnorderedList();
        warning.conflicts().forEach(conflict -> lines.add(new ListItem(line(this, conflict))));
        add(new Span(getTranslation("conflict.warning.title")), lines,
                new Paragraph(getTranslation("conflict.warning.goOn")));
        setVisible(true);
    }

    void hide() {
        removeAll();
        setVisible(false);
    }

    static String line(Component translator, ConflictOfInterestException.Conflict conflict) {
        String key = switch (conflict.kind()) {
            case PERSON -> "conflict.warning.PERSON";
            case NEIGHBOURHOOD -> "conflict.warning.NEIGHBOURHOOD";
        };
        return translator.getTranslation(key, conflict.mediatorName(), conflict.matched());
    }

    /** The whole warning in one sentence, for a message area. */
    static String sentence(Component translator, ConflictOfInterestException warning) {
        return translator.getTranslation("conflict.refused", String.join(" ", warning.conflicts().stream()
                .map(conflict -> line(translator, conflict)).toList()));
    }
}
