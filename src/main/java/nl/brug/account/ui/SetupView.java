package nl.brug.account.ui;

import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import nl.brug.account.AccountInputRules;
import nl.brug.account.AccountService;
import nl.brug.account.NewAccount;
import nl.brug.account.PasswordPolicy;
import nl.brug.account.SetupClosedException;
import nl.brug.base.InputProblems;
import nl.brug.base.ui.ActionRunner;
import nl.brug.base.ui.EmailFields;
import nl.brug.base.ui.FieldErrors;
import nl.brug.base.ui.Notifications;
import nl.brug.base.ui.TextLimits;
import nl.brug.security.Role;

/**
 * Creates the first administrator on an empty installation. Brug ships no default password: this page is
 * the only way in, and it closes (forwarding to the login page) as soon as any account exists.
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final TextField displayName = new TextField();
    private final TextField username = new TextField();
    private final EmailField email = EmailFields.create(this, "setup.email", "account.email.invalid");
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordAgain = new PasswordField();
    /** Someone else finished the setup first: this visitor is sent to the login page. */
    private final ActionRunner runner = new ActionRunner(this, "setup-message").on(SetupClosedException.class,
            closed -> {
                Notifications.error(getTranslation("setup.closed"));
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            });

    public SetupView(AccountService accounts) {
        this.accounts = accounts;
        setAlignItems(Alignment.CENTER);

        displayName.setLabel(getTranslation("setup.displayName"));
        username.setLabel(getTranslation("setup.username"));
        username.setHelperText(getTranslation("account.username.help"));
        password.setLabel(getTranslation("setup.password"));
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        passwordAgain.setLabel(getTranslation("setup.passwordAgain"));
        markRequired();
        TextLimits.limit(displayName, NewAccount.DISPLAY_NAME_MAX);
        TextLimits.limit(username, NewAccount.USERNAME_MAX);
        TextLimits.limit(password, PasswordPolicy.MAX_LENGTH);

        Button create = new Button(getTranslation("setup.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        FormLayout form = new FormLayout(displayName, username, email, password, passwordAgain);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div card = new Div(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")),
                form, runner.pageMessage(), create);
        card.addClassName("brug-centered-card");
        add(card);
    }

    /**
     * Checks the form with the service's own rules first, so every problem shows at its field at once; the
     * service checks them again.
     */
    private void create() {
        NewAccount entered = new NewAccount(username.getValue(), displayName.getValue(), email.getValue(),
                password.getValue(), Set.of(Role.ADMIN));
        InputProblems problems = AccountInputRules.problemsWith(entered);
        if (!passwordAgain.getValue().equals(password.getValue())) {
            problems.put("passwordAgain", "password.mismatch");
        }
        fields().forEach((name, field) -> {
            if (field.isEmpty()) {
                problems.put(name, "field.required");
            }
        });
        boolean valid = FieldErrors.showAll(this, problems, fields());
        // After the rules, so that a text over the limit shows its count rather than a rule's message.
        if (!TextLimits.allWithin(fields().values()) || !valid) {
            return;
        }
        runner.run(() -> {
            accounts.createFirstAdministrator(entered);
            Notifications.success(getTranslation("setup.done"));
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        }, fields());
    }

    /**
     * Every field is required. The fields check that themselves too when the user leaves one empty; they then
     * say so in the same words as the form, never turning red without a sentence.
     */
    private void markRequired() {
        String required = getTranslation("field.required");
        displayName.setI18n(new TextField.TextFieldI18n().setRequiredErrorMessage(required));
        username.setI18n(new TextField.TextFieldI18n().setRequiredErrorMessage(required));
        email.setI18n(new EmailField.EmailFieldI18n().setRequiredErrorMessage(required)
                .setPatternErrorMessage(getTranslation("account.email.invalid")));
        password.setI18n(new PasswordField.PasswordFieldI18n().setRequiredErrorMessage(required));
        passwordAgain.setI18n(new PasswordField.PasswordFieldI18n().setRequiredErrorMessage(required));
        fields().values().forEach(field -> field.setRequiredIndicatorVisible(true));
    }

    private Map<String, TextFieldBase<?, String>> fields() {
        return Map.of("displayName", displayName, "username", username, "email", email, "password", password,
                "passwordAgain", passwordAgain);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.setupNeeded()) {
            event.forwardTo(LoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.pageTitle");
    }
}
