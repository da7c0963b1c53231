package nl.brug.mediationcase.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.CaseDetails.PartyView;
import nl.brug.mediationcase.CaseWorkService;
import nl.brug.mediationcase.party.PartyData;
/** The parties: who they are, how to reach them, their language, and when they consented. */
class PartiesSection extends VerticalLayout {

    private final CasePage page;
    private final CaseWorkService work;

    PartiesSection(CasePage page, List<PartyView> parties, CaseWorkService work, @Nullable CaseDocumentLinks papers) {
        this.page = page;
        this.work = work;
        setPadding(false);

        Grid<PartyView> grid = new Grid<>();
        grid.setId("party-grid");
        grid.addColumn(p -> p.data().name()).setHeader(getTranslation("party.name")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.data().role().messageKey())).setHeader(getTranslation("party.role"));
        grid.addColumn(p -> p.data().publicBody() ? getTranslation("party.publicBody")
                : getTranslation(p.data().kind().messageKey())).setHeader(getTranslation("party.kind"));
        grid.addColumn(p -> contact(p.data())).setHeader(getTranslation("party.contact")).setFlexGrow(2);
        grid.addColumn(p -> language(p.data())).setHeader(getTranslation("party.preferredLanguage"));
        grid.addColumn(p -> p.data().consentOn() == null ? getTranslation("party.noConsent")
                : DisplayFormats.date(p.data().consentOn())).setHeader(getTranslation("party.consentOn"));
        // Long names and contact details wrap; the edit button stays in reach at the row's end.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(page.editable() ? "party.empty" : "party.empty.readOnly"));
        grid.setItems(parties);
        if (page.editable()) {
            grid.addItemClickListener(click -> editDialog(click.getItem()).open());
            // A button as well as the row click, so the dialog is reachable with the keyboard.
            grid.addComponentColumn(party -> {
                Button edit = new Button(getTranslation("action.edit"), e -> editDialog(party).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("action.edit") + " " + party.data().name());
                return edit;
            }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
            Button add = new Button(getTranslation("party.add"), VaadinIcon.PLUS.create(), e -> addDialog().open());
            add.setId("add-party");
            add(add);
        }
        add(grid);
        if (papers != null && !parties.isEmpty()) {
            add(papers.mediationAgreement(this));
        }
    }

    private String contact(PartyData p) {
        StringBuilder text = new StringBuilder();
        if (p.contactPerson() != null) {
            text.append(p.contactPerson());
            if (p.publicBody()) {
                text.append(" (").append(getTranslation(Boolean.TRUE.equals(p.hasMandate())
                        ? "party.mandate.yes" : "party.mandate.no")).append(')');
            }
            text.append(' ');
        }
        if (p.phone() != null) {
            text.append(p.phone()).append(' ');
        }
        if (p.email() != null) {
            text.append(p.email());
        }
        return text.toString().strip();
    }

    private String language(PartyData p) {
        String language = p.preferredLanguage() == null ? "" : p.preferredLanguage();
        return p.interpreterNeeded() ? (language + " " + getTranslation("party.withInterpreter")).strip() : language;
    }

    private Dialog addDialog() {
        PartyForm form = new PartyForm();
        form.clear();
        return dialog(getTranslation("party.add"), form, () -> form.validParty(page.clock().today()).map(party ->
                page.runner().run(() -> work.addParty(page.reference(), party), form.fields())).orElse(false), null);
    }

    private Dialog editDialog(PartyView party) {
        PartyForm form = new PartyForm();
        form.read(party.data());
        Button remove = new Button(getTranslation("party.removeThis"), VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Dialog dialog = dialog(party.data().name(), form, () -> form.validParty(page.clock().today()).map(data ->
                page.runner().run(() -> work.updateParty(page.reference(), party.id(), party.version(), data),
                        form.fields())).orElse(false), remove);
        remove.addClickListener(e -> {
            if (page.runner().run(() -> work.removeParty(page.reference(), party.id(), party.version()))) {
                dialog.close();
                page.reload().run();
            }
        });
        return dialog;
    }

    private Dialog dialog(String title, PartyForm form, java.util.function.BooleanSupplier save,
            @Nullable Button extra) {
        Dialog dialog = new Dialog(title);
        dialog.add(form);
        dialog.setWidth("48rem");
        Button saveButton = new Button(getTranslation("action.save"), e -> {
            if (save.getAsBoolean()) {
                dialog.close();
                page.reload().run();
            }
        });
        saveButton.setId("save-party");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (extra != null) {
            dialog.getFooter().add(extra);
        }
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), saveButton);
        return dialog;
    }

}
