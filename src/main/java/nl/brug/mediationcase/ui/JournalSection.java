package nl.brug.mediationcase.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseLimits;
import nl.brug.mediationcase.CaseWorkService;

/**
 * The journal: dated notes by the mediators, newest first. A confidential note is shown only to the
 * case's mediators; the service already leaves it out for anyone else.
 */
class JournalSection extends VerticalLayout {

    JournalSection(CaseDetails details, CaseWorkService work, CaseActionRunner runner, Runnable reload) {
        setPadding(false);
        if (details.actions().editable()) {
            TextArea text = new TextArea(getTranslation("journal.newNote"));
            text.setId("note-text");
            text.setWidthFull();
            TextLimits.limit(text, CaseLimits.NOTE_MAX);
            Checkbox confidential = new Checkbox(getTranslation("journal.confidential"));
            confidential.setId("note-confidential");
            confidential.setHelperText(getTranslation("journal.confidential.help"));
            Button add = new Button(getTranslation("journal.add"), e -> {
                if (runner.run(() -> work.addNote(details.reference(), text.getValue(), confidential.getValue()),
                        Map.of("text", text))) {
                    reload.run();
                }
            });
            add.setId("add-note");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(text, confidential, add);
        }
        if (details.notes().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(details.actions().editable() ? "journal.empty"
                    : "journal.empty.readOnly"));
            empty.setId("journal-empty");
            add(empty);
        }
        for (CaseDetails.NoteView note : details.notes()) {
            Span meta = new Span(DisplayFormats.dateTime(note.writtenAt()) + " — " + note.author());
            meta.addClassName("brug-muted");
            Div entry = new Div(meta);
            if (note.confidential()) {
                Span badge = new Span(getTranslation("journal.confidential"));
                badge.addClassNames("brug-badge", "brug-confidential");
                entry.add(new Span(" "), badge);
            }
            Paragraph body = new Paragraph(note.text());
            body.addClassName("brug-note-text");
            entry.add(body);
            entry.addClassName("brug-note");
            add(entry);
        }
    }
}
