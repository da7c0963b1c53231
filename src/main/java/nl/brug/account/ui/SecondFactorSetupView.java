package nl.brug.account.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import nl.brug.account.SecondFactorService;
import nl.brug.account.SecondFactorSetup;
import nl.brug.base.ui.ActionRunner;
import nl.brug.base.ui.TextLimits;

/**
 * Setting up the authenticator app: a QR code and the same secret as text, one code to confirm, then the ten
 * recovery codes, shown this once. Supervisors and administrators land here at their first login; anyone else
 * may come here from the user menu.
 */
@Route(value = "second-factor/setup", autoLayout = false)
@PermitAll
public class SecondFactorSetupView extends VerticalLayout implements HasDynamicTitle {

    private final TextField code = new TextField();
    private final ActionRunner runner = new ActionRunner(this, "second-factor-setup-message");
    private final Div card = new Div();

    public SecondFactorSetupView(SecondFactorService secondFactor, AuthenticationContext authentication) {
        addClassName("brug-page");
        setAlignItems(Alignment.CENTER);
        card.setMaxWidth("32rem");
        add(card);
        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (secondFactor.isSetUpOrPending()) {
            Button home = new Button(getTranslation("secondFactor.continue"), e -> getUI().ifPresent(ui -> ui.navigate("")));
            card.add(new H1(getTranslation("secondFactor.setup.title")),
                    new Paragraph(getTranslation("secondFactor.setup.already")), home);
            return;
        }
        SecondFactorSetup setup = secondFactor.beginSetup();
        Span secret = new Span(grouped(setup.secret()));
        secret.setId("totp-secret");
        secret.addClassName("brug-temporary-password");
        code.setId("second-factor-code");
        code.setLabel(getTranslation("secondFactor.code"));
        TextLimits.limit(code, 20);
        code.setRequiredIndicatorVisible(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        Button confirm = new Button(getTranslation("secondFactor.setup.confirm"), e -> runner.run(
                () -> showRecoveryCodes(secondFactor.confirmSetup(code.getValue())), Map.of("code", code)));
        confirm.setId("second-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);

        card.add(new H1(getTranslation("secondFactor.setup.title")),
                new Paragraph(getTranslation("secondFactor.setup.intro")),
                QrCodeImage.of(setup.uri(), getTranslation("secondFactor.setup.qr")),
                new Paragraph(getTranslation("secondFactor.setup.secret")), secret, code, runner.pageMessage(),
                confirm, logout);
    }

    private void showRecoveryCodes(List<String> recoveryCodes) {
        card.removeAll();
        UnorderedList list = new UnorderedList();
        list.setId("recovery-codes");
        recoveryCodes.forEach(recovery -> list.add(new ListItem(recovery)));
        Button next = new Button(getTranslation("secondFactor.continue"), e -> getUI().ifPresent(ui -> ui.navigate("")));
        next.setId("second-factor-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H1(getTranslation("secondFactor.codes.title")),
                new Paragraph(getTranslation("secondFactor.codes.intro")), list, next);
    }

    /** Groups of four, as authenticator apps show and ask for them. */
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("secondFactor.setup.title");
    }
}
