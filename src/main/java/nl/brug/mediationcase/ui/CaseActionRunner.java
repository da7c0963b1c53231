package nl.brug.mediationcase.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import nl.brug.base.DisplayFormats;
import nl.brug.base.InvalidInputException;
import nl.brug.base.ui.FieldErrors;
import nl.brug.base.ui.Notifications;
import nl.brug.mediationcase.StaleCaseException;
import nl.brug.mediationcase.TransitionRefusedException;

/**
 * Runs one user action on a case and turns every refusal into words next to the right field or in one
 * clear sentence. A stale save keeps the user's input on screen and offers to reload.
 */
final class CaseActionRunner {

    private final Component translator;
    private final Runnable reload;

    CaseActionRunner(Component translator, Runnable reload) {
        this.translator = translator;
        this.reload = reload;
    }

    /** @return true when the action succeeded */
    boolean run(Runnable action, Map<String, ? extends HasValidation> fields) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException refusal) {
            if (!FieldErrors.show(translator, refusal, fields)) {
                Notifications.error(refusal.fieldMessageKeys().values().stream().map(translator::getTranslation)
                        .collect(Collectors.joining(" ")));
            }
        } catch (TransitionRefusedException refused) {
            Notifications.error(refusalSentence(translator, refused));
        } catch (StaleCaseException stale) {
            showStale(stale);
        }
        return false;
    }

    boolean run(Runnable action) {
        return run(action, Map.of());
    }

    static String refusalSentence(Component translator, TransitionRefusedException refused) {
        return translator.getTranslation("case.transition.refused", refused.missing().stream()
                .map(missing -> translator.getTranslation(missing.messageKey()))
                .collect(Collectors.joining("; ")));
    }

    private void showStale(StaleCaseException stale) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        Span text = new Span(translator.getTranslation("case.stale", stale.changedBy(),
                DisplayFormats.dateTime(stale.changedAt())));
        Button reloadButton = new Button(translator.getTranslation("case.reload"), e -> {
            notification.close();
            reload.run();
        });
        Button keep = new Button(translator.getTranslation("action.close"), e -> notification.close());
        notification.add(new HorizontalLayout(text, reloadButton, keep));
        notification.open();
    }
}
