package nl.brug.testsupport;

import java.util.EnumSet;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

import nl.brug.security.BrugUser;
import nl.brug.security.Role;

/** Builds the security context for {@link WithBrugUser}; Spring creates it with its beans autowired. */
public class WithBrugUserSecurityContextFactory implements WithSecurityContextFactory<WithBrugUser> {

    private final TestAccounts accounts;
    private final UserDetailsService userDetailsService;

    public WithBrugUserSecurityContextFactory(TestAccounts accounts, UserDetailsService userDetailsService) {
        this.accounts = accounts;
        this.userDetailsService = userDetailsService;
    }

    @Override
    public SecurityContext createSecurityContext(WithBrugUser annotation) {
        if (annotation.roles().length == 0) {
            throw new IllegalArgumentException("@WithBrugUser needs at least one role");
        }
        EnumSet<Role> roles = EnumSet.copyOf(List.of(annotation.roles()));
        String displayName = annotation.displayName().isBlank()
                ? TestAccounts.displayNameFor(annotation.username())
                : annotation.displayName();
        accounts.ensure(annotation.username(), displayName, roles);

        // The principal as a whole login makes it: the password (loaded as the login form does) and, for a
        // supervisor or administrator, the code from the authenticator app.
        UserDetails loaded = userDetailsService.loadUserByUsername(annotation.username());
        if (!(loaded instanceof BrugUser)) {
            throw new IllegalStateException("The UserDetailsService returned " + loaded.getClass()
                    + ", not a BrugUser");
        }
        BrugUser user = accounts.signedIn(annotation.username());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return context;
    }
}
