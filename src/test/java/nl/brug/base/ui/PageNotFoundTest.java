package nl.brug.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;

import nl.brug.base.BrugI18NProvider;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.WithBrugUser;

/**
 * An address that leads nowhere, or to a page the user may not open, shows Brug's own page: in the main
 * layout and the user's language when signed in, with a way back; a plain page with the way to the login
 * page for anybody else.
 */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
class PageNotFoundTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    private String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    @Test
    @WithBrugUser(username = "anna", roles = Role.MEDIATOR)
    void anUnknownAddressShowsBrugsPageInTheLayoutWithTheWayBack() {
        UI.getCurrent().navigate("no-such-page");

        assertThat(getCurrentView()).isInstanceOf(PageNotFoundInLayout.class);
        assertThat($(SideNav.class).id("main-navigation").isVisible()).as("inside the main layout").isTrue();
        assertThat($(H2.class).single().getText()).isEqualTo("Pagina niet gevonden");
        assertThat(title()).isEqualTo("Pagina niet gevonden");
        assertThat($(Anchor.class).id("not-found-home").getText()).isEqualTo("Naar de startpagina");
        assertThat($(Anchor.class).id("not-found-cases").getHref()).isEqualTo("cases");
    }

    @Test
    @WithBrugUser(username = "anna", roles = Role.MEDIATOR)
    void aPageTheUserMayNotOpenLooksExactlyLikeOneThatDoesNotExist() {
        UI.getCurrent().navigate("no-such-page");
        String unknown = getCurrentView().getElement().getOuterHTML();

        UI.getCurrent().navigate("intake-queue"); // supervisors only

        assertThat(getCurrentView()).isInstanceOf(PageNotFoundInLayout.class);
        assertThat(getCurrentView().getElement().getOuterHTML()).isEqualTo(unknown);
    }

    @Test
    @WithBrugUser(username = "anna", roles = Role.MEDIATOR)
    void itSpeaksTheUsersLanguage() {
        UI.getCurrent().setLocale(BrugI18NProvider.ENGLISH);

        UI.getCurrent().navigate("reports/outcomes"); // supervisors only

        assertThat($(H2.class).single().getText()).isEqualTo("Page not found");
        assertThat($(Anchor.class).id("not-found-home").getText()).isEqualTo("To the home page");
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Could not navigate", "!");
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void anAdministratorIsNotOfferedTheCases() {
        UI.getCurrent().navigate("cases");

        assertThat(getCurrentView()).isInstanceOf(PageNotFoundInLayout.class);
        assertThat($(Anchor.class).id("not-found-home").isVisible()).isTrue();
        assertThat($(Anchor.class).withId("not-found-cases").exists()).isFalse();
    }

    @Test
    void somebodyNotSignedInGetsAPlainPageWithTheWayToLogIn() {
        UI.getCurrent().navigate("no-such-page");

        assertThat(getCurrentView()).isInstanceOf(PageNotFound.class);
        assertThat($(SideNav.class).exists()).as("no main layout before login").isFalse();
        assertThat($(H1.class).single().getText()).isEqualTo("Pagina niet gevonden");
        assertThat($(Anchor.class).id("not-found-login").getHref()).isEqualTo("login");
    }
}
