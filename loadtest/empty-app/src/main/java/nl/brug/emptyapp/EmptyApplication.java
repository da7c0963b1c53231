package nl.brug.emptyapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.annotation.security.PermitAll;

/** Empty on purpose: what Spring Boot, Vaadin and Spring Security cost at start before any application code. */
@SpringBootApplication
@EnableWebSecurity
public class EmptyApplication {

    public static void main(String[] args) {
        SpringApplication.run(EmptyApplication.class, args);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(User.withUsername("leeg").password("{noop}leeg").roles("USER").build());
    }

    @Route(value = "login", autoLayout = false)
    @AnonymousAllowed
    public static class LoginView extends VerticalLayout {
        public LoginView() {
            LoginForm form = new LoginForm();
            form.setAction("login");
            add(form);
        }
    }

    @Route("")
    @PermitAll
    public static class HomeView extends VerticalLayout {
        public HomeView() {
            add(new Span("Leeg"));
        }
    }
}
