package nl.brug.mediationcase.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.Notifications;
import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseLimits;
import nl.brug.mediationcase.CaseWorkService;

/**
 * The journal: dated notes by the mediators, newest first. A confidential note is shown only to the
 * case's mediators (the service already leaves it out for anyone else), framed and labelled so that it
 * cannot be mistaken for an ordinary one. Its mediators can make an ordinary note confidential afterwards,
 * after confirming: it cannot be undone.
 */
class JournalSection extends VerticalLayout {

    private final CasePage page;
    private final CaseWorkService work;

    JournalSection(CasePage page, List<CaseDetails.NoteView> notes, CaseWorkService work) {
        this.page = page;
        this.work = work;
        setPadding(false);
        if (page.actions().editable()) {
            TextArea text = new TextArea(getTranslation("journal.newNote"));
            text.setId("note-text");
            text.setWidthFull();
            TextLimits.limit(text, CaseLimits.NOTE_MAX);
            Checkbox confidential = new Checkbox(getTranslation("journal.confidential"));
            confidential.setId("note-confidential");
            confidential.setHelperText(getTranslation("journal.confidential.help"));
            Button add = new Button(getTranslation("journal.add"), e -> {
                if (page.runner().run(() -> work.addNote(page.reference(), text.getValue(), confidential.getValue()),
                        Map.of("text", text))) {
                    page.reload().run();
                }
            });
            add.setId("add-note");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(text, confidential, add);
        }
        if (notes.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(page.actions().editable() ? "journal.empty"
                    : "journal.empty.readOnly"));
            empty.setId("journal-empty");
            add(empty);
        }
        for (CaseDetails.NoteView note : notes) {
            add(entry(note));
        }
    }

    private Div entry(CaseDetails.NoteView note) {
        Span meta = new Span(DisplayFormats.dateTime(note.writtenAt()) + " — " + note.author());
        meta.addClassName("brug-muted");
        Div entry = new Div();
        entry.addClassName("brug-note");
        if (note.confidential()) {
            Span banner = new Span(VaadinIcon.LOCK.create(), new Span(getTranslation("journal.confidential.banner")));
            banner.addClassName("brug-confidential-banner");
            entry.add(banner);
            entry.addClassName("brug-note-confidential");
        }
        entry.add(meta);
        Paragraph body = new Paragraph(note.text());
        body.addClassName("brug-note-text");
        entry.add(body);
        if (!note.confidential() && page.actions().canProtectNotes()) {
            Button protect = new Button(getTranslation("journal.makeConfidential"), VaadinIcon.LOCK.create(),
                    e -> confirmProtect(note));
            protect.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            protect.addClassName("brug-make-confidential");
            entry.add(protect);
        }
        return entry;
    }

    private void confirmProtect(CaseDetails.NoteView note) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("journal.makeConfidential"));
        confirm.setText(getTranslation("journal.makeConfidential.confirm", DisplayFormats.dateTime(note.writtenAt())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("journal.makeConfidential"));
        confirm.addConfirmListener(e -> {
            if (page.runner().run(() -> work.makeNoteConfidential(page.reference(), note.id()))) {
                Notifications.success(getTranslation("journal.madeConfidential"));
                page.reload().run();
            }
        });
        confirm.open();
    }
}
