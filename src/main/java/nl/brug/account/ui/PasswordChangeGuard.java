package nl.brug.account.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;
import nl.brug.security.SecondStep;

/**
 * Sends a login whose second step is pending to the code (or set-up) page, and a user who still has a
 * temporary password to the change-password page, whatever address they open. The real barrier is in the
 * services (such a user holds no role); this keeps the UI honest.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class) {
            return;
        }
        SecondStep step = CurrentUser.findIncludingPending().map(BrugUser::secondStep).orElse(SecondStep.NONE_PENDING);
        Class<? extends com.vaadin.flow.component.Component> secondStepPage = step == SecondStep.CODE ? SecondFactorView.class
                : step == SecondStep.SET_UP ? SecondFactorSetupView.class : null;
        if (secondStepPage != null) {
            if (target != secondStepPage) {
                // Forward, not reroute: the address bar then names the page shown, not the page asked for.
                event.forwardTo(secondStepPage);
            }
            return;
        }
        boolean mustChange = CurrentUser.find().map(user -> user.passwordChangeRequired()).orElse(false);
        if (mustChange && target != ChangePasswordView.class && target != SecondFactorSetupView.class) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
