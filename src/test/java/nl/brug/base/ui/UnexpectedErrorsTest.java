package nl.brug.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import nl.brug.base.ErrorCodes;
import nl.brug.testsupport.BrugSpringTest;

/**
 * A bug during a request: the user sees an error code in their language and never the exception; the log gets
 * one line with the same code, the exception's class and Brug's frame, but never the message, which may hold
 * personal data.
 */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
class UnexpectedErrorsTest extends SpringBrowserlessTest {

    private static final String PERSONAL = "Notitie over Jan Jansen, jan.jansen@example.nl";

    /** A page whose constructor fails, as a bug in a view would. Registered for this session only. */
    @AnonymousAllowed
    static class BrokenPage extends Div {
        BrokenPage() {
            throw new IllegalStateException(PERSONAL);
        }
    }

    /** A page that works, for the action that fails on it. */
    @AnonymousAllowed
    static class WorkingPage extends Div {
    }

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(UnexpectedErrors.class);

    @BeforeEach
    void listenToTheLog() {
        log.start();
        logger.addAppender(log);
        RouteConfiguration.forSessionScope().setRoute("working-page", WorkingPage.class);
        RouteConfiguration.forSessionScope().setRoute("broken-page", BrokenPage.class);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
    }

    /** A bug in Brug's code: the cause carries personal data in its message, too. */
    private static RuntimeException bugWithPersonalData() {
        return new IllegalStateException(PERSONAL, new IllegalArgumentException("Jansen"));
    }

    /** Runs the action the way Vaadin runs a click: an exception nothing handles goes to the session's handler. */
    private static void clickThatFails() {
        ActionRunner runner = new ActionRunner(UI.getCurrent(), "page-message");
        UI.getCurrent().access(() -> runner.run(() -> {
            throw bugWithPersonalData();
        }));
        MockVaadin.runUIQueue(true);
    }

    private ILoggingEvent theOneLine() {
        assertThat(log.list).as("exactly one log line").hasSize(1);
        return log.list.getFirst();
    }

    private static String codeOf(ILoggingEvent line) {
        String code = line.getMDCPropertyMap().get(UnexpectedErrors.MDC_KEY);
        assertThat(code).as("the code in the logging context").isNotNull().matches("[" + ErrorCodes.ALPHABET + "]{8}");
        return code;
    }

    @Test
    void everySessionHasBrugsHandler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(UnexpectedErrorHandler.class);
    }

    @Test
    void aBugInAnActionGivesOneLogLineWithoutTheMessageAndTheSameCodeOnScreen() {
        UI.getCurrent().navigate("working-page");

        clickThatFails();

        ILoggingEvent line = theOneLine();
        String code = codeOf(line);
        assertThat(line.getLevel()).isEqualTo(Level.ERROR);
        assertThat(line.getFormattedMessage())
                .startsWith("Unexpected error " + code + ": java.lang.IllegalStateException"
                        + " (root cause java.lang.IllegalArgumentException) at "
                        + UnexpectedErrorsTest.class.getName() + ".bugWithPersonalData:")
                .endsWith(" on WorkingPage /working-page")
                .doesNotContain("Jansen", "example.nl", "Notitie");
        assertThat(line.getThrowableProxy()).as("no stack trace").isNull();

        Notification notification = $(Notification.class).single();
        assertThat(notification.isOpened()).isTrue();
        assertThat(notification.getDuration()).as("stays until closed, so the code can be written down").isZero();
        assertThat($(Span.class, notification).first().getText())
                .isEqualTo("Er ging iets mis. Noem deze code als u contact opneemt: " + code);
        test($(Button.class, notification).withText("Sluiten").single()).click();
        assertThat(notification.isOpened()).isFalse();
    }

    @Test
    void theUserReadsItInTheirLanguage() {
        UI.getCurrent().navigate("working-page");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        clickThatFails();

        String code = codeOf(theOneLine());
        assertThat($(Span.class, $(Notification.class).single()).first().getText())
                .isEqualTo("Something went wrong. Mention this code when you get in touch: " + code);
    }

    @Test
    void aPageThatFailsToOpenShowsBrugsPageWithTheCodeAndNothingOfTheException() {
        UI.getCurrent().navigate("broken-page");

        ILoggingEvent line = theOneLine();
        String code = codeOf(line);
        assertThat(line.getFormattedMessage())
                .startsWith("Unexpected error " + code + ": org.springframework.beans.factory.BeanCreationException"
                        + " (root cause java.lang.IllegalStateException) at " + BrokenPage.class.getName() + ".<init>:")
                .endsWith(" on opening /broken-page")
                .doesNotContain("Jansen");
        assertThat(line.getThrowableProxy()).isNull();

        assertThat(getCurrentView()).isInstanceOf(UnexpectedErrorPage.class);
        String page = getCurrentView().getElement().getOuterHTML();
        assertThat(page).contains("Er ging iets mis", code).doesNotContain("Jansen", "IllegalStateException",
                "Exception", "at nl.brug");
        assertThat($(Paragraph.class).single().getText())
                .isEqualTo("Deze pagina kon niet worden getoond. Noem deze code als u contact opneemt: " + code);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Er ging iets mis");
    }

    @Test
    void codesDifferPerError() {
        UI.getCurrent().navigate("working-page");

        clickThatFails();
        clickThatFails();

        List<String> codes = log.list.stream().map(UnexpectedErrorsTest::codeOf).toList();
        assertThat(codes).hasSize(2).doesNotHaveDuplicates();
    }
}
