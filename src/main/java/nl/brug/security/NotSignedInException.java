package nl.brug.security;

import org.springframework.security.access.AccessDeniedException;

/** Thrown when a service is called with no signed-in user. */
public class NotSignedInException extends AccessDeniedException {

    public NotSignedInException() {
        super("No user is signed in");
    }
}
