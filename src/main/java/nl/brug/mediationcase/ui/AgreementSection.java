package nl.brug.mediationcase.ui;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import nl.brug.base.DisplayFormats;
import nl.brug.base.InputProblems;
import nl.brug.base.ui.Choices;
import nl.brug.base.ui.DutchDates;
import nl.brug.base.ui.FieldErrors;
import nl.brug.base.ui.Notifications;
import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.CaseDetails.ItemView;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseInputRules;
import nl.brug.mediationcase.CaseLimits;
import nl.brug.mediationcase.CaseWorkService;
import nl.brug.mediationcase.agreement.AgreementForm;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.agreement.ItemStatus;
/**
 * The agreement (its form and signing date, and its concrete items) and the follow-up: when to check that
 * the agreements hold (Brug proposes four weeks after signing) and what was found.
 */
class AgreementSection extends VerticalLayout {

    private final CasePage page;
    private final CaseDetails.Agreement agreement;
    private final CaseWorkService work;
    private final boolean editable;

    AgreementSection(CasePage page, CaseDetails.Agreement agreement, CaseWorkService work,
            @Nullable CaseDocumentLinks papers) {
        this.page = page;
        this.agreement = agreement;
        this.work = work;
        this.editable = page.editable();
        setPadding(false);
        add(new H3(getTranslation("agreement.title")));
        agreementForm();
        add(new H3(getTranslation("agreement.items")));
        items();
        add(new H3(getTranslation("followUp.title")));
        followUp();
        if (papers != null) {
            add(papers.agreement(this, agreement.form() != null));
        }
    }

    private void agreementForm() {
        Select<AgreementForm> form = Choices.select(this, "agreement.form", AgreementForm.class);
        form.setId("agreement-form");
        form.setEmptySelectionAllowed(true);
        form.setValue(agreement.form());
        DatePicker signedOn = DutchDates.datePicker(this, "agreement.signedOn");
        signedOn.setId("agreement-signed-on");
        signedOn.setValue(agreement.signedOn());
        FormLayout layout = new FormLayout(form, signedOn);
        add(layout);
        if (!editable) {
            form.setReadOnly(true);
            signedOn.setReadOnly(true);
            return;
        }
        Button save = new Button(getTranslation("agreement.save"), e -> {
            if (!FieldErrors.showAll(this, DutchDates.unreadableIn(Map.of("signedOn", signedOn)),
                    Map.of("signedOn", signedOn))) {
                return;
            }
            if (page.runner().run(() -> work.recordAgreement(page.reference(), page.version(), form.getValue(),
                    signedOn.getValue()), Map.of("form", form, "signedOn", signedOn))) {
                Notifications.success(getTranslation("agreement.saved"));
                page.reload().run();
            }
        });
        save.setId("save-agreement");
        add(save);
    }

    private void items() {
        Grid<ItemView> grid = new Grid<>();
        grid.setId("item-grid");
        grid.addColumn(i -> i.data().description()).setHeader(getTranslation("agreement.item.description")).setFlexGrow(3);
        grid.addColumn(i -> i.data().responsible()).setHeader(getTranslation("agreement.item.responsible"));
        grid.addColumn(i -> DisplayFormats.date(i.data().dueOn())).setHeader(getTranslation("agreement.item.dueOn"));
        grid.addColumn(i -> getTranslation(i.data().status().messageKey())).setHeader(getTranslation("agreement.item.status"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(editable ? "agreement.item.empty" : "agreement.item.empty.readOnly"));
        grid.setItems(agreement.items());
        if (editable) {
            grid.addItemClickListener(click -> itemDialog(click.getItem()).open());
            grid.addComponentColumn(item -> {
                Button edit = new Button(getTranslation("action.edit"), e -> itemDialog(item).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                return edit;
            }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
            Button add = new Button(getTranslation("agreement.item.add"), VaadinIcon.PLUS.create(),
                    e -> itemDialog(null).open());
            add.setId("add-item");
            add(add);
        }
        add(grid);
    }

    private Dialog itemDialog(@Nullable ItemView existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "agreement.item.add" : "agreement.item.edit"));
        TextArea description = new TextArea(getTranslation("agreement.item.description"));
        description.setId("item-description");
        TextLimits.limit(description, AgreementItemData.DESCRIPTION_MAX);
        TextField responsible = new TextField(getTranslation("agreement.item.responsible"));
        responsible.setId("item-responsible");
        TextLimits.limit(responsible, AgreementItemData.RESPONSIBLE_MAX);
        DatePicker dueOn = DutchDates.datePicker(this, "agreement.item.dueOn");
        Select<ItemStatus> status = Choices.select(this, "agreement.item.status", ItemStatus.class);
        status.setValue(ItemStatus.OPEN);
        if (existing != null) {
            description.setValue(existing.data().description());
            responsible.setValue(existing.data().responsible());
            dueOn.setValue(existing.data().dueOn());
            status.setValue(existing.data().status());
        }
        FormLayout form = new FormLayout(description, responsible, dueOn, status);
        form.setColspan(description, 2);
        dialog.add(form);
        dialog.setWidth("40rem");
        Map<String, HasValidation> fields = Map.of("description", description, "responsible", responsible,
                "dueOn", dueOn);

        Button save = new Button(getTranslation("action.save"), e -> {
            AgreementItemData data = new AgreementItemData(description.getValue(), responsible.getValue(),
                    dueOn.getValue(), status.getValue() == null ? ItemStatus.OPEN : status.getValue());
            // A due date that cannot be read is refused here: the item would otherwise be saved without one.
            InputProblems problems = CaseInputRules.problemsWith(data);
            problems.putAll(DutchDates.unreadableIn(fields));
            if (!FieldErrors.showAll(this, problems, fields)) {
                return;
            }
            boolean done = existing == null
                    ? page.runner().run(() -> work.addAgreementItem(page.reference(), data), fields)
                    : page.runner().run(() -> work.updateAgreementItem(page.reference(), existing.id(), existing.version(),
                            data), fields);
            if (done) {
                dialog.close();
                page.reload().run();
            }
        });
        save.setId("save-item");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (existing != null) {
            Button remove = new Button(getTranslation("agreement.item.remove"), VaadinIcon.TRASH.create(), e -> {
                if (page.runner().run(() -> work.removeAgreementItem(page.reference(), existing.id(), existing.version()))) {
                    dialog.close();
                    page.reload().run();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            dialog.getFooter().add(remove);
        }
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private void followUp() {
        DatePicker date = DutchDates.datePicker(this, "followUp.date");
        date.setId("follow-up-date");
        date.setValue(Optional.ofNullable(agreement.followUpOn()).orElse(agreement.proposedFollowUpOn()));
        if (agreement.followUpOn() == null && agreement.proposedFollowUpOn() != null) {
            date.setHelperText(getTranslation("followUp.proposed"));
        }
        TextArea finding = new TextArea(getTranslation("followUp.finding"));
        finding.setId("follow-up-finding");
        finding.setValue(Optional.ofNullable(agreement.followUpFinding()).orElse(""));
        TextLimits.limit(finding, CaseLimits.FINDING_MAX);
        FormLayout layout = new FormLayout(date, finding);
        add(layout);
        if (!editable) {
            date.setReadOnly(true);
            finding.setReadOnly(true);
            return;
        }
        Button save = new Button(getTranslation("followUp.save"), e -> {
            Map<String, HasValidation> fields = Map.of("followUpOn", date, "finding", finding);
            InputProblems problems = CaseInputRules.problemsWithFollowUp(finding.getValue());
            problems.putAll(DutchDates.unreadableIn(fields));
            if (!FieldErrors.showAll(this, problems, fields)) {
                return;
            }
            if (page.runner().run(() -> work.recordFollowUp(page.reference(), page.version(), date.getValue(),
                    finding.getValue()), fields)) {
                Notifications.success(getTranslation("followUp.saved"));
                page.reload().run();
            }
        });
        save.setId("save-follow-up");
        add(save);
    }

}
