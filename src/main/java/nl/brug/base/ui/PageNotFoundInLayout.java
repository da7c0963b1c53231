package nl.brug.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * "Not found" for a signed-in user, in the main layout and their language, with the way back to their home
 * page and, for those who work on cases, to the case list. Deliberately one text for every cause (see
 * {@link PageNotFound}): it must not tell a case that exists but is not yours from one that does not exist.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotFoundInLayout extends VerticalLayout
        implements HasErrorParameter<PageNotFoundInLayout.NotFoundForSignedInUser>, HasDynamicTitle {

    /** Raised only by {@link PageNotFound} to show this page instead of itself. */
    public static class NotFoundForSignedInUser extends RuntimeException {
    }

    private final transient AuthenticationContext authentication;

    public PageNotFoundInLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("brug-page");
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundForSignedInUser> parameter) {
        removeAll();
        Anchor home = link(getTranslation("notFound.toHome"), "");
        home.setId("not-found-home");
        HorizontalLayout ways = new HorizontalLayout(home);
        if (authentication.hasAnyRole("MEDIATOR", "SUPERVISOR")) {
            Anchor cases = link(getTranslation("notFound.toCases"), "cases");
            cases.setId("not-found-cases");
            ways.add(cases);
        }
        add(new H2(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.signedIn")), ways);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    /** A link into Brug that the router follows without reloading the page. */
    static Anchor link(String text, String path) {
        Anchor link = new Anchor(path.isEmpty() ? "." : path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title");
    }
}
