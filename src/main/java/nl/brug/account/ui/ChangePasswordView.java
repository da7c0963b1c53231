package nl.brug.account.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import nl.brug.account.AccountService;
import nl.brug.account.PasswordPolicy;
import nl.brug.account.StaleAccountException;
import nl.brug.base.InvalidInputException;
import nl.brug.base.ui.ActionRunner;
import nl.brug.base.ui.FieldErrors;
import nl.brug.base.ui.Notifications;
import nl.brug.base.ui.TextLimits;
import nl.brug.security.CurrentUser;

/**
 * Change one's own password, proving the current one. After an administrator's reset this is the only
 * page the user can open; after the change they log in again, now with their roles.
 */
@Route("password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    /** An administrator reset the password meanwhile: the page is opened again, asking for the new one. */
    private final ActionRunner runner = new ActionRunner(this, "password-message").stale(StaleAccountException.class,
            stale -> getTranslation("accounts.stale"), "accounts.reopen",
            () -> getUI().ifPresent(ui -> ui.getPage().reload()));

    public ChangePasswordView(AccountService accounts, AuthenticationContext authentication) {
        addClassName("brug-page");
        boolean forced = CurrentUser.find().map(user -> user.passwordChangeRequired()).orElse(false);
        current.setLabel(getTranslation(forced ? "password.temporary" : "password.current"));
        current.setId("current-password");
        password.setLabel(getTranslation("password.new"));
        password.setId("new-password");
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        TextLimits.limit(password, PasswordPolicy.MAX_LENGTH);
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("repeat-password");

        Button save = new Button(getTranslation("password.change"), e -> {
            FieldErrors.clear(fields());
            var user = CurrentUser.require();
            var problem = PasswordPolicy.problemWith(password.getValue(), user.getUsername(),
                    List.of(user.displayName()));
            if (problem.isPresent()) {
                FieldErrors.show(this, InvalidInputException.of("password", problem.get()), fields());
                password.setErrorMessage(getTranslation(problem.get(), PasswordPolicy.MIN_LENGTH));
                return;
            }
            if (!password.getValue().equals(repeat.getValue())) {
                FieldErrors.show(this, InvalidInputException.of("repeat", "password.mismatch"), fields());
                return;
            }
            runner.run(() -> {
                accounts.changeOwnPassword(current.getValue(), password.getValue());
                Notifications.success(getTranslation("password.changed"));
                // Log in again: the new session then carries the user's roles.
                authentication.logout();
            }, fields());
        });
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);

        FormLayout form = new FormLayout(current, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div card = new Div(new H2(getTranslation("password.title")),
                new Paragraph(getTranslation(forced ? "password.forcedIntro" : "password.intro")), form,
                runner.pageMessage(), save);
        card.setMaxWidth("32rem");
        add(card);
    }

    private Map<String, PasswordField> fields() {
        return Map.of("current", current, "password", password, "repeat", repeat);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
