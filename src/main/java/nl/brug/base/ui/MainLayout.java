package nl.brug.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import nl.brug.base.BrugI18NProvider;
import nl.brug.base.LanguagePreference;
import nl.brug.security.CurrentUser;

/**
 * The frame around every signed-in page: the name Brug, a side navigation with only the pages the user's
 * roles may open, and a user menu (name, language, log out). Views join the navigation with
 * {@code @Menu(title = "<translation key>")}; the title is translated here.
 *
 * <p>For keyboard and screen-reader users the page starts with a "skip to content" link, and the view sits
 * in a {@code <main>} landmark that the link moves the focus to. Below 1024 px wide (a tablet) the drawer
 * becomes an overlay, closed until the menu button opens it (see styles.css).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authenticationContext;
    private final transient LanguagePreference languagePreference;
    private final transient AccessAnnotationChecker accessChecker;
    private final Main main = new Main();

    public MainLayout(AuthenticationContext authenticationContext, LanguagePreference languagePreference,
            AccessAnnotationChecker accessChecker) {
        this.authenticationContext = authenticationContext;
        this.languagePreference = languagePreference;
        this.accessChecker = accessChecker;
        setPrimarySection(Section.DRAWER);

        H1 appName = new H1("Brug");
        appName.addClassName("brug-app-name");
        addToDrawer(appName, navigation());

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu.toggle"));
        HorizontalLayout navbar = new HorizontalLayout(toggle, new Span(), userMenu());
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(navbar.getComponentAt(1));
        navbar.addClassName("brug-navbar");
        addToNavbar(skipToContent(), navbar);

        main.setId("main-content");
        main.addClassName("brug-main");
        // Focusable by script only, so the skip link can move the focus here without adding a Tab stop.
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
    }

    private Anchor skipToContent() {
        return SkipLink.to("main-content", getTranslation("layout.skipToContent"), "skip-to-content",
                "document.getElementById('main-content').focus();");
    }

    /** Shows the view inside the {@code <main>} landmark, and closes an overlay drawer as AppLayout does. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        nav.setLabel(getTranslation("layout.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // MenuConfiguration already filters by access; checking again keeps the rule visible here.
            if (entry.menuClass() == null || (accessChecker.hasAccess(entry.menuClass()) && offeredToUser(entry))) {
                SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
                if (entry.icon() != null) {
                    item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
                }
                nav.addItem(item);
            }
        }
        return nav;
    }

    private static boolean offeredToUser(MenuEntry entry) {
        MenuFor menuFor = entry.menuClass() == null ? null : entry.menuClass().getAnnotation(MenuFor.class);
        if (menuFor == null) {
            return true;
        }
        return CurrentUser.find().map(user -> java.util.Arrays.stream(menuFor.value())
                .anyMatch(role -> user.roles().stream().anyMatch(held -> held.name().equals(role)))).orElse(false);
    }

    private MenuBar userMenu() {
        String name = CurrentUser.find().map(user -> user.displayName())
                .orElseGet(() -> authenticationContext.getPrincipalName().orElse(""));
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(name);
        avatar.setColorIndex(2);
        HorizontalLayout who = new HorizontalLayout(avatar, new Span(name));
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        who.setSpacing(true);
        MenuItem top = menu.addItem(who);
        top.setAriaLabel(getTranslation("layout.usermenu", name));
        SubMenu sub = top.getSubMenu();

        MenuItem language = sub.addItem(getTranslation("layout.language"));
        SubMenu languages = language.getSubMenu();
        languages.addItem(languageItem("Nederlands", BrugI18NProvider.DUTCH), e -> switchTo(BrugI18NProvider.DUTCH));
        languages.addItem(languageItem("English", BrugI18NProvider.ENGLISH), e -> switchTo(BrugI18NProvider.ENGLISH));

        sub.addItem(withIcon(VaadinIcon.KEY, getTranslation("layout.changePassword")),
                e -> getUI().ifPresent(ui -> ui.navigate("password")));
        // Setting up the authenticator app: compulsory for some roles at login, a choice for the others.
        sub.addItem(withIcon(VaadinIcon.MOBILE, getTranslation("layout.secondFactor")),
                e -> getUI().ifPresent(ui -> ui.navigate("second-factor/setup")));
        sub.addItem(withIcon(VaadinIcon.SIGN_OUT, getTranslation("layout.logout")), e -> authenticationContext.logout());
        return menu;
    }

    private HorizontalLayout languageItem(String label, Locale locale) {
        boolean current = BrugI18NProvider.supported(getLocale()).equals(locale);
        Icon check = VaadinIcon.CHECK.create();
        check.setVisible(current);
        check.addClassName("brug-menu-check");
        HorizontalLayout item = new HorizontalLayout(check, new Span(label));
        item.setAlignItems(FlexComponent.Alignment.CENTER);
        return item;
    }

    private static HorizontalLayout withIcon(VaadinIcon icon, String label) {
        HorizontalLayout item = new HorizontalLayout(icon.create(), new Span(label));
        item.setAlignItems(FlexComponent.Alignment.CENTER);
        return item;
    }

    private void switchTo(Locale locale) {
        languagePreference.rememberForCurrentUser(locale);
        LanguageSwitch.switchTo(UI.getCurrent(), locale);
    }
}
