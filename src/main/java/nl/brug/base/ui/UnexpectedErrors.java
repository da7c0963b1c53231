package nl.brug.base.ui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;

import nl.brug.base.ErrorCodes;

/**
 * Tells the log about an unexpected exception — a bug — in exactly one line at ERROR, under a new error code
 * that the user is shown too. The line holds what is needed to find the place: the exception's class (and its
 * root cause's), the first stack frame in Brug's own code, and the page. Never the exception's message nor a
 * stack trace: a message can carry a party's name or a note's text, and the log is no place for either.
 */
final class UnexpectedErrors {

    /** The error code's key in the logging context (MDC), for a log format that shows it. */
    static final String MDC_KEY = "errorId";

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);
    private static final String OWN_CODE = "nl.brug.";

    private UnexpectedErrors() {
    }

    /**
     * Writes the one log line.
     *
     * @param where the page, without its query parameters (a filter can hold a name)
     * @return the error code to show the user
     */
    static String report(Throwable thrown, String where) {
        String code = ErrorCodes.next();
        Throwable bug = unwrapped(thrown);
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, code)) {
            log.error("Unexpected error {}: {} at {} on {}", code, classes(bug), firstOwnFrame(bug), where);
        }
        return code;
    }

    /** Without the wrappers that only say how the exception travelled (a task run later, a reflective call). */
    private static Throwable unwrapped(Throwable thrown) {
        Throwable bug = thrown;
        while (bug.getCause() != null && (bug instanceof ExecutionException || bug instanceof CompletionException
                || bug instanceof InvocationTargetException || bug instanceof UndeclaredThrowableException)) {
            bug = bug.getCause();
        }
        return bug;
    }

    /** The view on screen and its path, for the log line; no query parameters. */
    static String where(UI ui) {
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        String view = chain.isEmpty() ? "no view" : chain.getFirst().getClass().getSimpleName();
        return view + " /" + ui.getInternals().getActiveViewLocation().getPath();
    }

    private static String classes(Throwable thrown) {
        List<Throwable> chain = chain(thrown);
        Throwable root = chain.getLast();
        String name = thrown.getClass().getName();
        return root == thrown ? name : name + " (root cause " + root.getClass().getName() + ")";
    }

    /** The deepest place in Brug's code: searched from the root cause outwards. */
    private static String firstOwnFrame(Throwable thrown) {
        for (Throwable cause : chain(thrown).reversed()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().startsWith(OWN_CODE)) {
                    return frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
                }
            }
        }
        return "no frame in " + OWN_CODE.substring(0, OWN_CODE.length() - 1);
    }

    private static List<Throwable> chain(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = thrown; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
