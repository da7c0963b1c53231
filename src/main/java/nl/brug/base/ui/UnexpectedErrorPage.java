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
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page for an exception while a page is opened (in a view's constructor or its {@code beforeEnter}): a
 * bug. It replaces Vaadin's own page for this case, which shows the exception's root cause and, outside
 * production mode, its stack trace. Says what went wrong in the user's language, with the error code that
 * {@link UnexpectedErrors} writes into the log, and the way to the home page. Deliberately plain, without the
 * main layout: the failure may be in the layout itself.
 */
@AnonymousAllowed
public class UnexpectedErrorPage extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    public UnexpectedErrorPage() {
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable thrown = DefaultErrorHandler.findRelevantThrowable(parameter.getCaughtException());
        String code = UnexpectedErrors.report(thrown, "opening /" + event.getLocation().getPath());
        removeAll();
        Paragraph text = new Paragraph(getTranslation("error.page.text", code));
        Anchor home = PageNotFoundInLayout.link(getTranslation("notFound.toHome"), "");
        home.setId("unexpected-error-home");
        Div card = new Div(new H1(getTranslation("error.page.title")), text, home);
        card.addClassName("brug-centered-card");
        card.setId("unexpected-error");
        add(card);
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page.title");
    }
}
