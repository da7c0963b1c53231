package nl.brug.mediationcase.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import nl.brug.base.ui.Choices;
import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.CaseLimits;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.ReferralTarget;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
/** Closes a case with an outcome (and where it was referred to) and a reason. */
class CloseCaseDialog extends Dialog {

    CloseCaseDialog(CasePage page, CaseService cases) {
        setHeaderTitle(getTranslation("case.close"));
        Select<Outcome> outcome = Choices.select(this, "case.outcome", Outcome.class);
        outcome.setId("close-outcome");
        Select<ReferralTarget> referral = Choices.select(this, "case.referral", ReferralTarget.class);
        referral.setId("close-referral");
        referral.setRequiredIndicatorVisible(true);
        // "Where to" belongs to a referral only: hidden for any other outcome, and then not sent either.
        referral.setVisible(false);
        outcome.addValueChangeListener(e -> referral.setVisible(e.getValue() == Outcome.REFERRED));
        TextArea reason = new TextArea(getTranslation("case.reason"));
        reason.setId("close-reason");
        reason.setHelperText(getTranslation("case.close.reasonHelp"));
        TextLimits.limit(reason, CaseLimits.CLOSE_REASON_MAX);
        FormLayout form = new FormLayout(outcome, referral, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div message = CaseActionRunner.messageArea("close-message");
        add(form, message);

        Button confirm = new Button(getTranslation("case.close"), e -> {
            if (outcome.getValue() == null) {
                outcome.setErrorMessage(getTranslation("field.required"));
                outcome.setInvalid(true);
                return;
            }
            boolean referred = outcome.getValue() == Outcome.REFERRED;
            if (referred && referral.getValue() == null) {
                referral.setErrorMessage(getTranslation("field.required"));
                referral.setInvalid(true);
                return;
            }
            if (!TextLimits.allWithin(reason)) {
                return;
            }
            boolean done = page.runner().run(() -> cases.transition(page.reference(), page.version(),
                    TransitionRequest.close(outcome.getValue(), referred ? referral.getValue() : null,
                            reason.getValue())),
                    Map.of("reason", reason), message);
            if (done) {
                close();
                page.reload().run();
            }
        });
        confirm.setId("confirm-close");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("32rem");
    }
}
