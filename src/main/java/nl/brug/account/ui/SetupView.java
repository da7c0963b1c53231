package nl.brug.account.ui;

import java.util.List;
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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
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
import nl.brug.base.InvalidInputException;
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
    private final Binder<SetupForm> binder = new Binder<>();

    public SetupView(AccountService accounts) {
        this.accounts = accounts;
        setAlignItems(Alignment.CENTER);

        displayName.setLabel(getTranslation("setup.displayName"));
        username.setLabel(getTranslation("setup.username"));
        username.setHelperText(getTranslation("account.username.help"));
        password.setLabel(getTranslation("setup.password"));
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        passwordAgain.setLabel(getTranslation("setup.passwordAgain"));
        bindFields();
        // After the binder, so that a text over the limit keeps its message when the binder has checked the rest.
        TextLimits.limit(displayName, NewAccount.DISPLAY_NAME_MAX);
        TextLimits.limit(username, NewAccount.USERNAME_MAX);
        TextLimits.limit(password, PasswordPolicy.MAX_LENGTH);

        Button create = new Button(getTranslation("setup.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        FormLayout form = new FormLayout(displayName, username, email, password, passwordAgain);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div card = new Div(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")),
                form, create);
        card.addClassName("brug-centered-card");
        add(card);
    }

    private void bindFields() {
        binder.forField(displayName).asRequired(getTranslation("field.required"))
                .bind(SetupForm::getDisplayName, SetupForm::setDisplayName);
        binder.forField(username).asRequired(getTranslation("field.required"))
                .withValidator(AccountInputRules::validUsername, getTranslation("account.username.invalid"))
                .bind(SetupForm::getUsername, SetupForm::setUsername);
        binder.forField(email).asRequired(getTranslation("field.required"))
                .withValidator(AccountInputRules::validEmail, getTranslation("account.email.invalid"))
                .bind(SetupForm::getEmail, SetupForm::setEmail);
        binder.forField(password).asRequired(getTranslation("field.required"))
                .withValidator((value, context) -> PasswordPolicy.problemWith(value, username.getValue(),
                        List.of(displayName.getValue(), email.getValue()))
                        .map(key -> ValidationResult.error(getTranslation(key, PasswordPolicy.MIN_LENGTH)))
                        .orElse(ValidationResult.ok()))
                .bind(SetupForm::getPassword, SetupForm::setPassword);
        binder.forField(passwordAgain).asRequired(getTranslation("field.required"))
                .withValidator(value -> value.equals(password.getValue()), getTranslation("password.mismatch"))
                .bind(SetupForm::getPasswordAgain, SetupForm::setPasswordAgain);
    }

    private void create() {
        SetupForm values = new SetupForm();
        boolean valid = binder.writeBeanIfValid(values);
        if (!TextLimits.allWithin(displayName, username, email, password) || !valid) {
            return;
        }
        try {
            accounts.createFirstAdministrator(new NewAccount(values.getUsername(), values.getDisplayName(),
                    values.getEmail(), values.getPassword(), Set.of(Role.ADMIN)));
            Notifications.success(getTranslation("setup.done"));
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (InvalidInputException refusal) {
            FieldErrors.show(this, refusal, Map.of("username", username, "displayName", displayName,
                    "email", email, "password", password));
        } catch (SetupClosedException closed) {
            Notifications.error(getTranslation("setup.closed"));
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        }
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

    /** The form's values while they are being typed. */
    static final class SetupForm {
        private String displayName = "";
        private String username = "";
        private String email = "";
        private String password = "";
        private String passwordAgain = "";

        String getDisplayName() { return displayName; }
        void setDisplayName(String value) { displayName = value; }
        String getUsername() { return username; }
        void setUsername(String value) { username = value; }
        String getEmail() { return email; }
        void setEmail(String value) { email = value; }
        String getPassword() { return password; }
        void setPassword(String value) { password = value; }
        String getPasswordAgain() { return passwordAgain; }
        void setPasswordAgain(String value) { passwordAgain = value; }
    }
}
