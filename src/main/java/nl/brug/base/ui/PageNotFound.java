package nl.brug.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Brug's page for an address that leads nowhere: a path that is no page, a page the user may not open
 * (Vaadin's access control turns a refusal into "not found", so nobody learns which pages exist), or a case
 * that does not exist or is someone else's (the case page gives the same "not found" for both). A signed-in
 * user gets it inside the main layout ({@link PageNotFoundInLayout}); anybody else this plain page with the
 * way to the login page.
 */
@AnonymousAllowed
public class PageNotFound extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final transient AuthenticationContext authentication;

    public PageNotFound(AuthenticationContext authentication) {
        this.authentication = authentication;
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (authentication.isAuthenticated()) {
            // The same words, but with the navigation and the user menu around them.
            event.rerouteToError(PageNotFoundInLayout.NotFoundForSignedInUser.class);
            return HttpStatusCode.NOT_FOUND.getCode();
        }
        removeAll();
        Anchor login = PageNotFoundInLayout.link(getTranslation("notFound.toLogin"), "login");
        login.setId("not-found-login");
        Div card = new Div(new H1(getTranslation("notFound.title")),
                new Paragraph(getTranslation("notFound.anonymous")), login);
        card.addClassName("brug-centered-card");
        card.setId("not-found");
        add(card);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title");
    }
}
