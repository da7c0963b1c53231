package nl.brug.base.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Turns "the database cannot be reached" at start into two sentences instead of a page of stack trace: where
 * Brug looked (the JDBC address, never the password) and what to check. Recognised anywhere in the cause chain,
 * in whichever bean it surfaced (Flyway migrates at start, so that is usually the first): a refused, timed-out
 * or unroutable connection, an unknown host, Hikari's "connection not available", and a JDBC error in the
 * connection (08) or authorisation (28) class — always together with an {@link SQLException}, so a failed
 * network call elsewhere is not taken for the database. Registered in {@code META-INF/spring.factories}; first in
 * line, because a database that is away is the cause whatever else failed because of it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    static final String URL_PROPERTY = "spring.datasource.url";

    private final Environment environment;

    public DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        List<Throwable> chain = chain(failure);
        if (chain.stream().noneMatch(SQLException.class::isInstance)) {
            return null;
        }
        Throwable deepest = null;
        for (Throwable cause : chain) {
            if (isConnectionFailure(cause)) {
                deepest = cause;
            }
        }
        if (deepest == null) {
            return null;
        }
        String url = withoutPassword(environment.getProperty(URL_PROPERTY, "(no " + URL_PROPERTY + " set)"));
        String description = "Brug cannot reach its database at " + url + " (" + reason(deepest) + ").";
        String action = url.startsWith("jdbc:postgresql:")
                ? "Check that PostgreSQL runs and that BRUG_DB_URL, BRUG_DB_USER and BRUG_DB_PASSWORD are right "
                        + "(profile postgresql)."
                : "Check that the database runs and that spring.datasource.url, spring.datasource.username and "
                        + "spring.datasource.password are right.";
        return new FailureAnalysis(description, action, failure);
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                || cause instanceof UnknownHostException || cause instanceof SocketTimeoutException
                || cause instanceof SQLTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.startsWith("28");
        }
        return false;
    }

    private static String reason(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        String firstLine = message.lines().findFirst().orElse(message).strip();
        return cause instanceof UnknownHostException ? "unknown host " + firstLine : firstLine;
    }

    /** A password in the address itself ({@code ?password=...}, {@code //user:secret@host}) is left out. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1****").replaceAll("(//[^/:@]*:)[^/@]*@", "$1****@");
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
