package nl.brug.account.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

import nl.brug.security.BrugUser;

/**
 * Puts the fully signed-in user into the session once the second step is done: a new authentication with the
 * account's roles and the factors used (password, and the authenticator app if it was asked for), under a new
 * session id so that an id seen while half signed in is worthless afterwards.
 */
@Component
public class SessionSignIn {

    /** Spring Security 7's name for a one-time code factor; Brug's codes come from the authenticator app. */
    static final String TOTP_FACTOR = "FACTOR_TOTP";

    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    public void signIn(BrugUser user, boolean withSecondFactor) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        if (withSecondFactor) {
            authorities.add(FactorGrantedAuthority.fromAuthority(TOTP_FACTOR));
        }
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            changeSessionId(request);
            repository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }

    private static void changeSessionId(VaadinServletRequest request) {
        try {
            request.getHttpServletRequest().changeSessionId();
        } catch (UnsupportedOperationException noContainer) {
            // Only a request made without a servlet container (a view test) cannot; a server always can.
        }
    }
}
