package nl.brug.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting now, read from Spring Security's context, usable from services and views alike. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The signed-in user; empty for nobody and for a login whose second step is still pending. */
    public static Optional<BrugUser> find() {
        return findIncludingPending().filter(user -> !user.secondStepPending());
    }

    /** The user of this session, also between the password and the second factor: for the second step only. */
    public static Optional<BrugUser> findIncludingPending() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof BrugUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** @throws NotSignedInException when nobody is signed in: services call this on every action. */
    public static BrugUser require() {
        return find().orElseThrow(NotSignedInException::new);
    }
}
