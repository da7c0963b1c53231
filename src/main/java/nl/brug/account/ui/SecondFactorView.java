package nl.brug.account.ui;

import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import nl.brug.account.SecondFactorService;
import nl.brug.base.ui.ActionRunner;
import nl.brug.base.ui.TextLimits;

/**
 * The second step of a login: the six-digit code from the authenticator app, or a recovery code. Until it is
 * given the session holds no role (the services refuse it); this page and logging out are all it can do.
 */
@Route(value = "second-factor", autoLayout = false)
@PermitAll
public class SecondFactorView extends VerticalLayout implements HasDynamicTitle {

    private final TextField code = new TextField();
    private final ActionRunner runner = new ActionRunner(this, "second-factor-message");

    public SecondFactorView(SecondFactorService secondFactor, AuthenticationContext authentication) {
        addClassName("brug-page");
        setAlignItems(Alignment.CENTER);
        code.setId("second-factor-code");
        code.setLabel(getTranslation("secondFactor.code"));
        code.setHelperText(getTranslation("secondFactor.code.help"));
        TextLimits.limit(code, 20);
        code.setRequiredIndicatorVisible(true);
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");

        Button submit = new Button(getTranslation("secondFactor.submit"), e -> runner.run(() -> {
            secondFactor.verify(code.getValue());
            getUI().ifPresent(ui -> ui.navigate(""));
        }, fields()));
        submit.setId("second-factor-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Div card = new Div(new H1(getTranslation("secondFactor.title")),
                new Paragraph(getTranslation("secondFactor.intro")), code, runner.pageMessage(), submit, logout);
        card.setMaxWidth("28rem");
        add(card);
    }

    private Map<String, TextField> fields() {
        return Map.of("code", code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("secondFactor.title");
    }
}
