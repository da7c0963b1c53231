package nl.brug.account.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import nl.brug.security.CurrentUser;

/**
 * Sends a user who still has a temporary password to the change-password page, whatever address they
 * open. The real barrier is in the services (such a user holds no role); this keeps the UI honest.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        boolean mustChange = CurrentUser.find().map(user -> user.passwordChangeRequired()).orElse(false);
        Class<?> target = event.getNavigationTarget();
        if (mustChange && target != ChangePasswordView.class && target != LoginView.class) {
            // Forward, not reroute: the address bar then says /password too, not the page that was asked for.
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
