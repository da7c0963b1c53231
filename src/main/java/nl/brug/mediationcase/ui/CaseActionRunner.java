package nl.brug.mediationcase.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import nl.brug.base.DisplayFormats;
import nl.brug.base.InvalidInputException;
import nl.brug.base.ui.FieldErrors;
import nl.brug.mediationcase.CaseClosedException;
import nl.brug.mediationcase.MissingRequirement;
import nl.brug.mediationcase.StaleCaseException;
import nl.brug.mediationcase.TransitionRefusedException;

/**
 * Runs one user action on a case and turns every refusal into words next to the right field, or, where no
 * field fits (a lifecycle step, a closed case), in a message in place: in the page's message area under the
 * case's buttons, or in the dialog the action came from. Such a message stays until the user's next action.
 * A stale save keeps the user's input on screen and offers to reload.
 */
final class CaseActionRunner {

    private final Component translator;
    private final Runnable reload;
    private final Div pageMessage = messageArea("case-message");

    CaseActionRunner(Component translator, Runnable reload) {
        this.translator = translator;
        this.reload = reload;
    }

    /** A place for a refusal that concerns no single field; hidden while empty, announced when filled. */
    static Div messageArea(String id) {
        Div area = new Div();
        area.setId(id);
        area.addClassName("brug-refusal");
        area.getElement().setAttribute("role", "alert");
        area.setVisible(false);
        return area;
    }

    /** The place under the case's buttons where refusals of page-level actions appear. */
    Div pageMessage() {
        return pageMessage;
    }

    /** @return true when the action succeeded */
    boolean run(Runnable action, Map<String, ? extends HasValidation> fields) {
        return run(action, fields, pageMessage);
    }

    /**
     * Runs the action; a refusal that belongs to no field is written into {@code messagePlace} (made visible),
     * which is emptied first: the previous message is answered by this new attempt.
     */
    boolean run(Runnable action, Map<String, ? extends HasValidation> fields, Div messagePlace) {
        clear(pageMessage);
        clear(messagePlace);
        try {
            action.run();
            return true;
        } catch (InvalidInputException refusal) {
            if (!FieldErrors.show(translator, refusal, fields)) {
                showIn(messagePlace, refusal.fieldMessageKeys().values().stream().map(translator::getTranslation)
                        .collect(Collectors.joining(" ")));
            }
        } catch (TransitionRefusedException refused) {
            showIn(messagePlace, refusalSentence(translator, refused));
        } catch (CaseClosedException closed) {
            showIn(messagePlace, translator.getTranslation(CaseClosedException.MESSAGE_KEY));
        } catch (StaleCaseException stale) {
            showStale(stale);
        }
        return false;
    }

    boolean run(Runnable action) {
        return run(action, Map.of());
    }

    /** What is missing, in one sentence; a missing consent names the parties that have not given it. */
    static String refusalSentence(Component translator, TransitionRefusedException refused) {
        return translator.getTranslation("case.transition.refused", refused.missing().stream()
                .map(missing -> missing == MissingRequirement.ALL_CONSENTS && !refused.partiesWithoutConsent().isEmpty()
                        ? translator.getTranslation("case.missing.consentOf",
                                String.join(", ", refused.partiesWithoutConsent()))
                        : translator.getTranslation(missing.messageKey()))
                .collect(Collectors.joining("; ")));
    }

    private static void showIn(Div place, String text) {
        place.removeAll();
        place.add(new Span(text));
        place.setVisible(true);
    }

    private static void clear(Div place) {
        place.removeAll();
        place.setVisible(false);
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
