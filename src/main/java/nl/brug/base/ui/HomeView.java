package nl.brug.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import nl.brug.security.CurrentUser;

/** The first page after login. */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "HOME")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView() {
        addClassName("brug-page");
        String name = CurrentUser.find().map(user -> user.displayName()).orElse("");
        add(new H2(getTranslation("home.welcome", name)), new Paragraph(getTranslation("home.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
