package nl.brug.account.internal;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import nl.brug.account.LoginPolicy;
import nl.brug.account.SecondFactorPolicy;
import nl.brug.security.BrugUser;
import nl.brug.account.ui.LoginView;

/**
 * Web security: Vaadin's configurer with Brug's login view. Views carry their own access annotations;
 * services carry method security ({@code @PreAuthorize}), which is the real boundary.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({ LoginPolicy.class, SecondFactorPolicy.class })
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles.css", "/favicon.ico").permitAll()
                // Health (status only) for the proxy and the orchestrator; any other actuator endpoint that is
                // ever exposed is for administrators.
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator", "/actuator/**").hasRole("ADMIN")
                // Calendar feeds: a phone's calendar cannot log in; the token in the address is the credential
                // (CalendarSubscriptionService.feed, decision 032).
                .requestMatchers("/calendar/*").permitAll());
        // The feed changes nothing and is fetched by calendar apps, which hold no CSRF token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/calendar/*"));
        // A new session id at login, so a session id seen before login is worthless after it.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Every other request goes on to Vaadin, whose router shows Brug's own "not found" page for an address
        // that is no page (instead of the 403 that Vaadin's default rule, deny all, gives). Views stay guarded by
        // their access annotations, services by method security. Anything served outside Vaadin (the
        // actuator, the calendar feeds) needs a rule of its own above.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll)).build();
    }

    /**
     * Method security's rules that ask for a signed-in user or a role ({@code isAuthenticated()},
     * {@code hasRole(...)}) also require that no second step is pending: between the password and the code the
     * session reaches the second-factor pages and their service only. Such a user holds no role either; this
     * closes {@code isAuthenticated()} too. Rules that let everyone in ({@code permitAll()}) are not affected.
     * Given to method security only (through its expression handler): the request rules stay Vaadin's, whose
     * second-factor pages a half-done login must reach.
     */
    @Bean
    static MethodSecurityExpressionHandler methodSecurityExpressionHandler() {
        DefaultAuthorizationManagerFactory<MethodInvocation> factory = new DefaultAuthorizationManagerFactory<>();
        factory.setAdditionalAuthorization((authentication, invocation) -> new AuthorizationDecision(
                !(authentication.get() instanceof Authentication signedIn
                        && signedIn.getPrincipal() instanceof BrugUser user && user.secondStepPending())));
        DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
        handler.setAuthorizationManagerFactory(factory);
        return handler;
    }

    /** bcrypt today, with the algorithm stored in the hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
