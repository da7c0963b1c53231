package nl.brug.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

import nl.brug.base.InvalidInputException;
import nl.brug.base.TextRules;
import nl.brug.testsupport.BrugSpringTest;

/** The one way every page runs an action and says why it was refused. */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
class ActionRunnerTest extends SpringBrowserlessTest {

    /** A feature's refusal that is said in place. */
    static class NotNowException extends RuntimeException {
        NotNowException(String why) {
            super(why);
        }
    }

    /** A feature's "someone else saved first". */
    static class OvertakenException extends RuntimeException {
        OvertakenException(String by) {
            super(by);
        }
    }

    private final Div page = new Div();
    private final TextField name = new TextField("Naam");
    private final AtomicInteger reloads = new AtomicInteger();
    private ActionRunner runner;

    @BeforeEach
    void aPage() {
        runner = new ActionRunner(page, "page-message")
                .refusal(NotNowException.class, refused -> "Dit kan nog niet: " + refused.getMessage())
                .stale(OvertakenException.class, stale -> "Gewijzigd door " + stale.getMessage(), "case.reload",
                        reloads::incrementAndGet);
        page.add(name, runner.pageMessage());
        UI.getCurrent().add(page);
    }

    @Test
    void aRefusedFieldIsMarkedAtTheFieldAndNothingElseIsSaid() {
        boolean done = runner.run(() -> {
            throw InvalidInputException.of("name", "field.required");
        }, Map.of("name", name));

        assertThat(done).isFalse();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(runner.pageMessage().isVisible()).isFalse();
        assertThat($(Notification.class).all()).isEmpty();
    }

    @Test
    void aMessageIsTranslatedWithItsArgumentsAtTheFieldAndInTheMessageArea() {
        runner.run(() -> {
            throw InvalidInputException.of("name", TextRules.TOO_LONG, 8000);
        }, Map.of("name", name));
        assertThat(name.getErrorMessage()).as("the limit, without a thousands separator")
                .isEqualTo("Hoogstens 8000 tekens.");

        runner.run(() -> {
            throw InvalidInputException.of("reason", TextRules.TOO_LONG, 1000);
        }, Map.of("name", name));
        assertThat(runner.pageMessage().getElement().getTextRecursively()).isEqualTo("Hoogstens 1000 tekens.");
    }

    @Test
    void aRefusalForNoFieldOnTheFormIsSaidInTheMessageAreaUntilTheNextAttempt() {
        runner.run(() -> {
            throw InvalidInputException.of("roles", "account.roles.required");
        }, Map.of("name", name));

        Div message = runner.pageMessage();
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getId()).hasValue("page-message");
        assertThat(message.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(message.getElement().getTextRecursively()).isEqualTo("Kies minstens één rol.");

        assertThat(runner.run(() -> { })).isTrue();
        assertThat(message.isVisible()).isFalse();
        assertThat(message.getChildren()).isEmpty();
    }

    @Test
    void aFeaturesOwnRefusalIsSaidInTheMessagePlaceGiven() {
        Div dialogMessage = ActionRunner.messageArea("dialog-message");
        page.add(dialogMessage);

        runner.run(() -> {
            throw new NotNowException("toestemming ontbreekt");
        }, Map.of(), dialogMessage);

        assertThat(dialogMessage.isVisible()).isTrue();
        assertThat(dialogMessage.getElement().getTextRecursively()).isEqualTo("Dit kan nog niet: toestemming ontbreekt");
        assertThat(runner.pageMessage().isVisible()).isFalse();
    }

    @Test
    void aStaleSaveOffersToReloadAndKeepsWhatWasTyped() {
        name.setValue("Wat de gebruiker typte");

        runner.run(() -> {
            throw new OvertakenException("Anna de Vries");
        }, Map.of("name", name));

        Notification notification = $(Notification.class).single();
        assertThat(notification.isOpened()).isTrue();
        assertThat(notification.getThemeNames()).contains(NotificationVariant.LUMO_WARNING.getVariantName());
        assertThat($(Span.class, notification).first().getText()).isEqualTo("Gewijzigd door Anna de Vries");
        List<String> buttons = $(Button.class, notification).all().stream().map(Button::getText).toList();
        assertThat(buttons).containsExactly("Opnieuw laden", "Sluiten");
        assertThat(name.getValue()).isEqualTo("Wat de gebruiker typte");
        assertThat(reloads).hasValue(0);

        test($(Button.class, notification).withText("Opnieuw laden").single()).click();

        assertThat(reloads).hasValue(1);
        assertThat(notification.isOpened()).isFalse();
    }

    @Test
    void aRefusalNobodyRegisteredIsABugAndIsNotSwallowed() {
        IllegalStateException bug = new IllegalStateException("bug");

        assertThatThrownBy(() -> runner.run(() -> {
            throw bug;
        })).isSameAs(bug);
    }

    @Test
    void aRefusalCanLeadElsewhere() {
        AtomicInteger handled = new AtomicInteger();
        ActionRunner leaving = new ActionRunner(page, "other-message")
                .on(NotNowException.class, refused -> handled.incrementAndGet());

        assertThat(leaving.run(() -> {
            throw new NotNowException("al ingericht");
        })).isFalse();

        assertThat(handled).hasValue(1);
        assertThat(leaving.pageMessage().isVisible()).isFalse();
    }
}
