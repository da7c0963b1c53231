package nl.brug.mediationcase.ui;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;

import nl.brug.account.AccountService;
import nl.brug.account.AccountSummary;
import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseLimits;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.ConflictOfInterestException;

/**
 * A supervisor chooses a case's lead and co-mediator among the enabled mediators, from the case page or
 * the intake queue. A deactivated mediator is not among the choices, so their field starts empty. The lead
 * is asked for before saving: saving without one would change nothing and still look like an assignment.
 * When a chosen mediator's conflicts of interest match the case, the dialog shows what matched and offers
 * "Toch toewijzen" with a required reason; choosing another mediator takes the warning away again.
 */
class AssignMediatorsDialog extends Dialog {

    private final ComboBox<AccountSummary> lead;
    private final ComboBox<AccountSummary> co;
    private final TextArea conflictReason = new TextArea();
    private final ConflictWarning warning = new ConflictWarning("assign-conflict-warning");
    private final Button save;
    private final Button anyway;
    private final CasePage page;
    private final CaseService cases;

    AssignMediatorsDialog(CasePage page, CaseDetails.Overview shown, CaseService cases, AccountService accounts) {
        this.page = page;
        this.cases = cases;
        setHeaderTitle(getTranslation("case.assign") + " — " + page.reference());
        List<AccountSummary> mediators = accounts.enabledMediators();
        lead = new ComboBox<>(getTranslation("case.lead"), mediators);
        lead.setId("assign-lead");
        co = new ComboBox<>(getTranslation("case.co"), mediators);
        co.setId("assign-co");
        lead.setItemLabelGenerator(AccountSummary::displayName);
        co.setItemLabelGenerator(AccountSummary::displayName);
        lead.setRequiredIndicatorVisible(true);
        co.setClearButtonVisible(true);
        if (shown.lead() != null) {
            long id = shown.lead().accountId();
            mediators.stream().filter(m -> m.id() == id).findFirst().ifPresent(lead::setValue);
        }
        if (shown.co() != null) {
            long id = shown.co().accountId();
            mediators.stream().filter(m -> m.id() == id).findFirst().ifPresent(co::setValue);
        }
        conflictReason.setLabel(getTranslation("conflict.reason"));
        conflictReason.setId("assign-conflict-reason");
        conflictReason.setWidthFull();
        conflictReason.setRequiredIndicatorVisible(true);
        TextLimits.limit(conflictReason, CaseLimits.CONFLICT_REASON_MAX);
        conflictReason.setVisible(false);
        Map<String, HasValidation> fields = Map.of("lead", lead, "co", co, "conflictReason", conflictReason);
        add(new FormLayout(lead, co), warning, conflictReason);

        save = new Button(getTranslation("action.save"), e -> {
            if (!leadMissing()) {
                assign(null, fields);
            }
        });
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        anyway = new Button(getTranslation("conflict.assignAnyway"), e -> {
            if (leadMissing()) {
                return;
            }
            if (TextLimits.filledInAndWithin(conflictReason)) {
                assign(conflictReason.getValue(), fields);
            }
        });
        anyway.setId("assign-anyway");
        anyway.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        anyway.setVisible(false);
        // The warning is about the mediators it names: another choice is checked afresh.
        lead.addValueChangeListener(e -> unwarn());
        co.addValueChangeListener(e -> unwarn());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save, anyway);
    }

    /** Saves the choice; a conflict of interest found (without a reason to go on) is shown as a warning. */
    private void assign(@Nullable String goOnReason, Map<String, HasValidation> fields) {
        if (page.runner().runWarned(() -> cases.assignMediators(page.reference(), page.version(), id(lead), id(co),
                goOnReason), fields, this::warn)) {
            close();
            page.reload().run();
        }
    }

    private boolean leadMissing() {
        if (lead.getValue() == null) {
            lead.setErrorMessage(getTranslation("field.required"));
            lead.setInvalid(true);
            return true;
        }
        return false;
    }

    private void warn(ConflictOfInterestException conflict) {
        warning.show(conflict);
        conflictReason.setVisible(true);
        save.setVisible(false);
        anyway.setVisible(true);
    }

    private void unwarn() {
        warning.hide();
        conflictReason.clear();
        conflictReason.setInvalid(false);
        conflictReason.setVisible(false);
        save.setVisible(true);
        anyway.setVisible(false);
    }

    private static @Nullable Long id(ComboBox<AccountSummary> choice) {
        return choice.getValue() == null ? null : choice.getValue().id();
    }
}
