package nl.brug.mediationcase.ui;

import java.util.function.BiPredicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.CaseLimits;

/**
 * Asks for a reason (reopening a case) and runs the action with it, giving it the dialog's own place for a
 * refusal; closes only when the action succeeded.
 */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, BiPredicate<String, Div> action, Runnable afterSuccess) {
        setHeaderTitle(title);
        TextArea reason = new TextArea(getTranslation("case.reason"));
        reason.setRequired(true);
        reason.setWidthFull();
        TextLimits.limit(reason, CaseLimits.CLOSE_REASON_MAX);
        Div message = CaseActionRunner.messageArea("reason-message");
        add(reason, message);
        Button confirm = new Button(title, e -> {
            if (!TextLimits.filledInAndWithin(reason)) {
                return;
            }
            if (action.test(reason.getValue(), message)) {
                close();
                afterSuccess.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("32rem");
    }
}
