package nl.brug.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import nl.brug.base.InvalidInputException;

/**
 * Runs one user action and turns every refusal into words, the same way on every page:
 * <ul>
 * <li>a service's {@link InvalidInputException} next to the fields it names; when some message belongs to no
 * field on the form, the messages go into a message area in place: the page's (under its buttons) or the one
 * of the dialog the action came from;</li>
 * <li>a feature's own refusals ({@link #refusal}), such as "this step is not possible yet", into that message
 * area as well, in the sentence the feature gives;</li>
 * <li>a save that someone else overtook ({@link #stale}) in a notification that keeps the user's input on screen
 * and offers to reload;</li>
 * <li>the rare refusal that is no message, such as one that leads to another page, by a handler of the
 * feature's ({@link #on}).</li>
 * </ul>
 * A message in place stays until the user's next action through the same runner. Any other exception is a bug
 * and goes on to Vaadin's error handling ({@link UnexpectedErrorHandler}: a code on screen, one line in the log).
 * A feature sets up one runner per page (or dialog) and registers its refusals once; see
 * {@code docs/conventions.md}.
 */
public class ActionRunner {

    private final Component translator;
    private final Div pageMessage;
    private final List<Handler<?>> handlers = new ArrayList<>();

    /**
     * @param translator    the page or dialog whose language the messages are in
     * @param pageMessageId the id of this runner's own message area ({@link #pageMessage()})
     */
    public ActionRunner(Component translator, String pageMessageId) {
        this.translator = translator;
        this.pageMessage = messageArea(pageMessageId);
    }

    /** A place for a refusal that concerns no single field; hidden while empty, announced when filled. */
    public static Div messageArea(String id) {
        Div area = new Div();
        area.setId(id);
        area.addClassName("brug-refusal");
        area.getElement().setAttribute("role", "alert");
        area.setVisible(false);
        return area;
    }

    /** The runner's own message area: the caller places it (under the page's buttons, or in its dialog). */
    public Div pageMessage() {
        return pageMessage;
    }

    /** A refusal of this type is said in the message area, in the sentence given. */
    public final <E extends RuntimeException> ActionRunner refusal(Class<E> type,
            Function<? super E, String> sentence) {
        handlers.add(new Handler<>(type, (refused, place) -> showIn(place, sentence.apply(refused))));
        return this;
    }

    /**
     * A refusal of this type is answered by the handler, for the rare refusal that is no message in place, such
     * as one that leads to another page.
     */
    public final <E extends RuntimeException> ActionRunner on(Class<E> type, Consumer<? super E> handler) {
        handlers.add(new Handler<>(type, (refused, place) -> handler.accept(refused)));
        return this;
    }

    /**
     * A refusal of this type means someone else saved first: its sentence goes into a notification with a
     * button (labelled by {@code reloadKey}) that runs {@code reload}, and one that only closes it, so the user
     * can first copy what they typed.
     */
    public final <E extends RuntimeException> ActionRunner stale(Class<E> type, Function<? super E, String> sentence,
            String reloadKey, Runnable reload) {
        handlers.add(new Handler<>(type, (refused, place) -> showStale(sentence.apply(refused), reloadKey, reload)));
        return this;
    }

    /** @return true when the action succeeded */
    public boolean run(Runnable action) {
        return run(action, Map.of());
    }

    /** @return true when the action succeeded */
    public boolean run(Runnable action, Map<String, ? extends HasValidation> fields) {
        return run(action, fields, pageMessage);
    }

    /**
     * Runs the action; a refusal that belongs to no field is written into {@code messagePlace} (made visible),
     * which is emptied first: the previous message is answered by this new attempt.
     *
     * @return true when the action succeeded
     */
    public boolean run(Runnable action, Map<String, ? extends HasValidation> fields, Div messagePlace) {
        clear(pageMessage);
        clear(messagePlace);
        try {
            action.run();
            return true;
        } catch (InvalidInputException refusal) {
            if (!FieldErrors.show(translator, refusal, fields)) {
                showIn(messagePlace, refusal.errors().stream().map(error -> FieldErrors.translate(translator, error))
                        .collect(Collectors.joining(" ")));
            }
        } catch (RuntimeException other) {
            handlerFor(other).handle(other, messagePlace);
        }
        return false;
    }

    private Handler<?> handlerFor(RuntimeException thrown) {
        return handlers.stream().filter(handler -> handler.type().isInstance(thrown)).findFirst()
                .orElseThrow(() -> thrown);
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

    private void showStale(String sentence, String reloadKey, Runnable reload) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        Span text = new Span(sentence);
        Button reloadButton = new Button(translator.getTranslation(reloadKey), e -> {
            notification.close();
            reload.run();
        });
        Button keep = new Button(translator.getTranslation("action.close"), e -> notification.close());
        notification.add(new HorizontalLayout(text, reloadButton, keep));
        notification.open();
    }

    private record Handler<E extends RuntimeException>(Class<E> type, BiConsumer<E, Div> action) {

        void handle(RuntimeException thrown, Div place) {
            action.accept(type.cast(thrown), place);
        }
    }
}
