package nl.brug.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting now, read from Spring Security's context, usable from services and views alike. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<BrugUser> find() {
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
