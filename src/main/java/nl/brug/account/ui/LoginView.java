package nl.brug.account.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import nl.brug.account.AccountService;
import nl.brug.base.ui.LanguageSwitch;

/**
 * The only page anyone who is not signed in can see (besides setup on an empty installation). Wrong
 * credentials, a disabled or a locked account all give the same sentence: nothing reveals which it was.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final LoginForm form = new LoginForm();

    public LoginView(AccountService accounts) {
        this.accounts = accounts;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        H1 title = new H1("Brug");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("brug-muted");
        Div header = new Div(title, tagline);
        header.getStyle().set("text-align", "center");
        // Before login there is no stored preference: offer the other language in one click.
        Locale other = LanguageSwitch.other(getLocale());
        Button language = new Button(other.getLanguage().equals("en") ? "English" : "Nederlands",
                e -> LanguageSwitch.switchTo(UI.getCurrent(), other));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("login-language");
        add(header, form, language);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accounts.setupNeeded()) {
            event.forwardTo(SetupView.class);
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
