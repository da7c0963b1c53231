package nl.brug.mediationcase.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

import nl.brug.account.AccountService;
import nl.brug.account.AccountSummary;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseService;

/**
 * A supervisor chooses a case's lead and co-mediator among the enabled mediators, from the case page or
 * the intake queue. A deactivated mediator is not among the choices, so their field starts empty. The lead
 * is asked for before saving: saving without one would change nothing and still look like an assignment.
 */
class AssignMediatorsDialog extends Dialog {

    AssignMediatorsDialog(CasePage page, CaseDetails.Overview shown, CaseService cases, AccountService accounts) {
        setHeaderTitle(getTranslation("case.assign") + " — " + page.reference());
        List<AccountSummary> mediators = accounts.enabledMediators();
        ComboBox<AccountSummary> lead = new ComboBox<>(getTranslation("case.lead"), mediators);
        lead.setId("assign-lead");
        ComboBox<AccountSummary> co = new ComboBox<>(getTranslation("case.co"), mediators);
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
        add(new FormLayout(lead, co));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (lead.getValue() == null) {
                lead.setErrorMessage(getTranslation("field.required"));
                lead.setInvalid(true);
                return;
            }
            if (page.runner().run(() -> cases.assignMediators(page.reference(), page.version(),
                    lead.getValue() == null ? null : lead.getValue().id(),
                    co.getValue() == null ? null : co.getValue().id()), Map.of("lead", lead, "co", co))) {
                close();
                page.reload().run();
            }
        });
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
