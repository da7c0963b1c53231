package nl.brug.account.ui;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import nl.brug.account.AccountService;
import nl.brug.account.AccountSummary;
import nl.brug.account.CreatedAccount;
import nl.brug.account.NewAccount;
import nl.brug.account.StaleAccountException;
import nl.brug.base.ui.ActionRunner;
import nl.brug.base.ui.EmailFields;
import nl.brug.base.ui.FieldErrors;
import nl.brug.base.ui.Notifications;
import nl.brug.base.ui.TextLimits;
import nl.brug.security.Role;

/** The administrator's dialogs: create an account, and manage one (roles, active, password, lock). */
final class AccountDialogs {

    private final Component translator;
    private final AccountService accounts;
    private final Runnable refresh;

    AccountDialogs(Component translator, AccountService accounts, Runnable refresh) {
        this.translator = translator;
        this.accounts = accounts;
        this.refresh = refresh;
    }

    private String t(String key, Object... params) {
        return translator.getTranslation(key, params);
    }

    private CheckboxGroup<Role> roleChoice() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(t("accounts.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> t(role.messageKey()));
        roles.setId("account-roles");
        return roles;
    }

    Dialog createDialog() {
        Dialog dialog = new Dialog(t("accounts.new"));
        TextField displayName = new TextField(t("accounts.displayName"));
        displayName.setId("account-name");
        TextLimits.limit(displayName, NewAccount.DISPLAY_NAME_MAX);
        TextField username = new TextField(t("accounts.username"));
        username.setId("account-username");
        username.setHelperText(t("account.username.help"));
        TextLimits.limit(username, NewAccount.USERNAME_MAX);
        EmailField email = EmailFields.create(translator, "accounts.email", "account.email.invalid");
        email.setId("account-email");
        CheckboxGroup<Role> roles = roleChoice();
        roles.setValue(EnumSet.of(Role.MEDIATOR));
        ActionRunner runner = new ActionRunner(translator, "account-message");
        dialog.add(new FormLayout(displayName, username, email, roles), runner.pageMessage());
        Map<String, HasValidation> fields = Map.of("displayName", displayName, "username", username,
                "email", email, "roles", roles);

        Button create = new Button(t("accounts.create"), e -> {
            FieldErrors.clear(fields);
            if (!TextLimits.allWithin(fields.values())) {
                return;
            }
            runner.run(() -> {
                CreatedAccount created = accounts.createWithTemporaryPassword(username.getValue(),
                        displayName.getValue(), email.getValue(), Set.copyOf(roles.getValue()));
                dialog.close();
                refresh.run();
                temporaryPasswordDialog(created.account().displayName(), created.temporaryPassword()).open();
            }, fields);
        });
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(t("action.cancel"), e -> dialog.close()), create);
        dialog.setWidth("40rem");
        return dialog;
    }

    Dialog manageDialog(AccountSummary account) {
        Dialog dialog = new Dialog(account.displayName() + " (" + account.username() + ")");
        CheckboxGroup<Role> roles = roleChoice();
        roles.setValue(account.roles());
        Span status = new Span(t(account.enabled() ? "accounts.enabled" : "accounts.disabled")
                + (account.locked() ? " — " + t("accounts.locked") : ""));
        // Another administrator saved this account since the dialog opened: open it again as it is now.
        ActionRunner runner = new ActionRunner(translator, "account-message").stale(StaleAccountException.class,
                stale -> t("accounts.stale"), "accounts.reopen", () -> reopen(dialog, account.id()));
        Button saveRoles = new Button(t("accounts.saveRoles"), e -> act(dialog, runner, () -> {
            accounts.changeRoles(account.id(), account.version(), Set.copyOf(roles.getValue()));
            Notifications.success(t("action.saved"));
        }, Map.of("roles", roles)));
        saveRoles.setId("save-roles");
        Button toggle = new Button(t(account.enabled() ? "accounts.deactivate" : "accounts.reactivate"),
                e -> act(dialog, runner, () -> {
                    if (account.enabled()) {
                        accounts.deactivate(account.id(), account.version());
                    } else {
                        accounts.reactivate(account.id(), account.version());
                    }
                }, Map.of()));
        toggle.setId("toggle-active");
        if (account.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button reset = new Button(t("accounts.resetPassword"), e -> runner.run(() -> {
            String temporary = accounts.resetPassword(account.id(), account.version());
            dialog.close();
            refresh.run();
            temporaryPasswordDialog(account.displayName(), temporary).open();
        }));
        reset.setId("reset-password");
        Button unlock = new Button(t("accounts.unlock"), e -> act(dialog, runner,
                () -> accounts.unlock(account.id(), account.version()), Map.of()));
        unlock.setId("unlock-account");
        unlock.setVisible(account.locked());
        // A lost phone: the user sets up the authenticator app anew at the next login.
        Button resetSecondFactor = new Button(t("accounts.resetSecondFactor"), e -> act(dialog, runner,
                () -> accounts.resetSecondFactor(account.id(), account.version()), Map.of()));
        resetSecondFactor.setId("reset-second-factor");
        resetSecondFactor.setVisible(account.secondFactor());

        dialog.add(new Paragraph(status), roles, runner.pageMessage());
        dialog.getFooter().add(toggle, reset, unlock, resetSecondFactor, new Button(t("action.close"), e -> dialog.close()), saveRoles);
        dialog.setWidth("44rem");
        return dialog;
    }

    private void act(Dialog dialog, ActionRunner runner, Runnable action,
            Map<String, ? extends HasValidation> fields) {
        if (runner.run(action, fields)) {
            dialog.close();
            refresh.run();
        }
    }

    private void reopen(Dialog dialog, long accountId) {
        dialog.close();
        refresh.run();
        accounts.find(accountId).ifPresent(fresh -> manageDialog(fresh).open());
    }

    /** Shows a temporary password once; Brug stores only its hash. */
    Dialog temporaryPasswordDialog(String name, String temporaryPassword) {
        Dialog dialog = new Dialog(t("accounts.temporaryPassword.title"));
        Span password = new Span(temporaryPassword);
        password.setId("temporary-password");
        password.addClassName("brug-temporary-password");
        dialog.add(new Paragraph(t("accounts.temporaryPassword.intro", name)), password,
                new Paragraph(t("accounts.temporaryPassword.once")));
        Button close = new Button(t("action.close"), e -> dialog.close());
        close.setId("close-temporary-password");
        dialog.getFooter().add(close);
        dialog.setCloseOnOutsideClick(false);
        return dialog;
    }
}
