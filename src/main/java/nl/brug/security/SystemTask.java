package nl.brug.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work Brug does by itself, at night, without a person: it runs as the system, with the authority
 * {@value #AUTHORITY}, which no account can hold (accounts hold the {@link Role}s). A service method that only
 * such work may call says {@code @PreAuthorize("hasAuthority('ROLE_SYSTEM')")}. Nobody is the current user
 * meanwhile ({@link CurrentUser#find()} is empty), so the audit trail records no actor.
 */
public final class SystemTask {

    public static final String AUTHORITY = "ROLE_SYSTEM";

    private SystemTask() {
    }

    public static <T> T run(String name, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system:" + name, null,
                List.of(new SimpleGrantedAuthority(AUTHORITY))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
