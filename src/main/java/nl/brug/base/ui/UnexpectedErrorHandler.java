package nl.brug.base.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ErrorHandlerUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Brug's answer to an exception that nothing handled during a request (a click, a value change; the
 * {@link ActionRunner} passes on every exception it has no handler for): a bug. The user gets a notification in
 * their language with an error code and keeps the page and what they typed; the log gets one line with the
 * same code ({@link UnexpectedErrors}). No message or stack trace ever reaches the browser. An exception during
 * navigation shows {@link UnexpectedErrorPage} instead.
 */
class UnexpectedErrorHandler implements ErrorHandler {

    static final String NOTIFICATION_ID = "unexpected-error";

    @Override
    public void error(ErrorEvent event) {
        Throwable thrown = DefaultErrorHandler.findRelevantThrowable(event.getThrowable());
        if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(thrown.getClass().getName())) {
            return; // the browser went away before the answer was written: nobody to tell, nothing broken
        }
        if (ErrorHandlerUtil.handleErrorByRedirectingToErrorView(thrown)) {
            return; // an exception with a page of its own, as Vaadin's own handler does
        }
        UI ui = UI.getCurrent();
        String code = UnexpectedErrors.report(thrown, ui == null ? "no page" : UnexpectedErrors.where(ui));
        if (ui != null) {
            show(ui, code);
        }
    }

    /** Stays until closed, so the user can write the code down. */
    private static void show(UI ui, String code) {
        Notification notification = new Notification();
        notification.setId(NOTIFICATION_ID);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setDuration(0);
        Button close = new Button(ui.getTranslation("action.close"), e -> notification.close());
        notification.add(new HorizontalLayout(new Span(ui.getTranslation("error.unexpected", code)), close));
        notification.open();
    }

    /** Installs the handler in every new Vaadin session. */
    @Component
    static class Installer implements VaadinServiceInitListener {

        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(
                    new UnexpectedErrorHandler()));
        }
    }
}
