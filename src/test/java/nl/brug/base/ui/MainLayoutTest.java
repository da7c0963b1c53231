package nl.brug.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;
import nl.brug.testsupport.WithBrugUser;

/** The frame around signed-in pages: a navigation that shows only what the user's roles may open. */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
class MainLayoutTest extends SpringBrowserlessTest {

    private static final String[] ADMIN_ENTRIES = {"Accounts", "Auditlog", "Back-ups"};
    private static final String[] MEDIATOR_ENTRIES = {"Mijn werk", "Zaken", "Belangenverstrengeling", "Mijn agenda"};
    private static final String[] SUPERVISOR_ENTRIES = {"Mijn werk", "Zaken", "Intakewachtrij", "Te beoordelen",
        "Bewaartermijn", "Uitkomsten", "Spanningsbeeld", "Inzageverzoek"};
    private static final String[] ALL_ENTRIES = {"Mijn werk", "Zaken", "Intakewachtrij", "Te beoordelen", "Bewaartermijn",
        "Uitkomsten", "Spanningsbeeld", "Inzageverzoek", "Belangenverstrengeling", "Mijn agenda", "Accounts", "Auditlog",
        "Back-ups"};

    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    private void openHome() {
        UI.getCurrent().navigate("");
    }

    private List<String> navigationLabels() {
        SideNav nav = $(SideNav.class).id("main-navigation");
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private List<String> navigationPaths() {
        SideNav nav = $(SideNav.class).id("main-navigation");
        return nav.getItems().stream().map(SideNavItem::getPath).toList();
    }

    private String userMenuName() {
        MenuBar menu = $(MenuBar.class).id("user-menu");
        // The top item: avatar and name; the submenu's items follow.
        String avatarName = $(Avatar.class, menu).single().getName();
        String shownName = $(Span.class, menu).first().getText();
        assertThat(avatarName).isEqualTo(shownName);
        return shownName;
    }

    private MenuBarTester<MenuBar> userMenu() {
        return test(MenuBarTester.class, $(MenuBar.class).id("user-menu"));
    }

    @Test
    @WithBrugUser(username = "beheer", displayName = "Bram Beheer", roles = Role.ADMIN)
    void anAdministratorSeesAccountsTheAuditLogAndBackupsAndNoCaseEntries() {
        openHome();

        // No case content for an administrator: the home page sends them on to the accounts.
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("AccountsView");
        assertThat(navigationLabels()).containsExactly(ADMIN_ENTRIES);
        assertThat(navigationPaths()).containsExactly("accounts", "audit", "backups");
        assertThat(userMenuName()).isEqualTo("Bram Beheer");
        assertThat($(H2.class).first().getText()).isEqualTo("Accounts");
    }

    @Test
    @WithBrugUser(username = "frank", displayName = "Frank Financier", roles = Role.FUNDER)
    void aFunderSeesOnlyTheTensionPicture() {
        openHome();

        // No case and no list of cases for a funder: the home page sends them on to the tension picture.
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("TensionView");
        assertThat(navigationLabels()).containsExactly("Spanningsbeeld");
        assertThat(navigationPaths()).containsExactly("tension");
    }

    @Test
    @WithBrugUser(username = "anna", displayName = "Anna de Vries", roles = Role.MEDIATOR)
    void aMediatorSeesTheirWorkAndTheCases() {
        openHome();

        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("MyWorkView");
        assertThat(navigationLabels()).containsExactly(MEDIATOR_ENTRIES);
        assertThat(userMenuName()).isEqualTo("Anna de Vries");
    }

    @Test
    @WithBrugUser(username = "carla", roles = Role.SUPERVISOR)
    void aSupervisorSeesTheCasesAndTheSupervisorsPages() {
        openHome();

        assertThat(navigationLabels()).containsExactly(SUPERVISOR_ENTRIES);
    }

    @Test
    @WithBrugUser(username = "sanne", roles = { Role.MEDIATOR, Role.SUPERVISOR, Role.ADMIN })
    void somebodyWithAllRolesSeesEverythingOnce() {
        openHome();

        assertThat(navigationLabels()).containsExactly(ALL_ENTRIES);
    }

    @Test
    @WithMockUser(username = "carla", roles = "SUPERVISOR")
    void withoutABrugUserTheMenuShowsTheLoginName() {
        UI.getCurrent().navigate("password");

        assertThat(userMenuName()).isEqualTo("carla");
    }

    @Test
    @WithBrugUser(username = "beheer", displayName = "Bram Beheer", roles = Role.ADMIN)
    void choosingEnglishSwitchesTheTextsAndIsRememberedForTheUser() {
        openHome();
        assertThat(navigationLabels()).containsExactly(ADMIN_ENTRIES);
        assertThat(accounts.get("beheer").getPreferredLocale()).isNull();

        // User menu → Taal → English
        userMenu().clickItem(0, 0, 1);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("AccountsView");
        assertThat(navigationLabels()).containsExactly("Accounts", "Audit log", "Backups");
        assertThat(accounts.get("beheer").getPreferredLocale()).isEqualTo(Locale.ENGLISH);

        // and back: User menu → Language → Nederlands
        userMenu().clickItem(0, 0, 0);

        assertThat(navigationLabels()).containsExactly(ADMIN_ENTRIES);
        assertThat(accounts.get("beheer").getPreferredLocale()).isEqualTo(Locale.of("nl"));
    }
}
