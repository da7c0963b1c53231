package nl.brug.mediationcase.ui;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import nl.brug.base.ui.Notifications;
import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.CaseLimits;
import nl.brug.mediationcase.CaseService;

/**
 * A mediator of the case declares a conflict of interest: the dialog says what follows (they leave the case; a
 * lead's case goes back to the intake queue), takes an optional reason and, once confirmed, leaves the case
 * page for Mijn werk, as the case is no longer theirs to see.
 */
class DeclareConflictDialog extends Dialog {

    DeclareConflictDialog(CasePage page, CaseService cases) {
        setHeaderTitle(getTranslation("case.conflict.declare"));
        TextArea reason = new TextArea(getTranslation("case.conflict.reason"));
        reason.setId("declare-conflict-reason");
        reason.setWidthFull();
        TextLimits.limit(reason, CaseLimits.CONFLICT_REASON_MAX);
        Div message = CaseActionRunner.messageArea("declare-conflict-message");
        add(new Paragraph(getTranslation("case.conflict.declare.intro")), reason, message);
        Button confirm = new Button(getTranslation("case.conflict.confirm"), e -> {
            if (!TextLimits.allWithin(reason)) {
                return;
            }
            if (page.runner().run(() -> cases.declareConflict(page.reference(), page.version(), reason.getValue()),
                    Map.of("reason", reason), message)) {
                close();
                Notifications.success(getTranslation("case.conflict.declared", page.reference()));
                UI.getCurrent().navigate(MyWorkView.class);
            }
        });
        confirm.setId("declare-conflict-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("32rem");
    }
}
