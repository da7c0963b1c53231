package nl.brug.mediationcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;

import nl.brug.base.ui.MainLayout;
import nl.brug.base.ui.PageNotFoundInLayout;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;
import nl.brug.testsupport.WithBrugUser;

/**
 * The address of a case that is someone else's gives exactly the page of a case that does not exist: the
 * same words, the same layout, the same title. Nothing on it tells the two apart.
 */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
@WithBrugUser(username = "olaf", displayName = "Olaf Buiten", roles = Role.MEDIATOR)
class CaseNotFoundPageTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;
    @Autowired
    CaseService cases;
    @Autowired
    UserDetailsService users;

    private String annasCase = "";

    @BeforeEach
    void annaHasACase() {
        database.clear();
        accounts.create("anna", "Anna de Vries", EnumSet.of(Role.MEDIATOR));
        SecurityContext before = SecurityContextHolder.getContext();
        BrugUser anna = (BrugUser) users.loadUserByUsername("anna");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(anna, null, anna.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            annasCase = cases.register(new CaseRegistration(CaseOverview.of("Geluidsoverlast bovenburen",
                    CaseKind.HORIZONTAL, Theme.NOISE, Source.PARTY_ITSELF),
                    List.of(PartyData.person("Fatima de Jong", PartyRole.REQUESTING_PARTY))));
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private record Shown(List<Class<?>> chain, String html, String text, String title) {
    }

    private Shown open(String reference) {
        UI.getCurrent().navigate("cases/" + reference);
        return new Shown(
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                        .<Class<?>>map(Object::getClass).toList(),
                getCurrentView().getElement().getOuterHTML(), getCurrentView().getElement().getTextRecursively(),
                UI.getCurrent().getInternals().getTitle());
    }

    @Test
    void someoneElsesCaseLooksExactlyLikeACaseThatDoesNotExist() {
        Shown foreign = open(annasCase);
        Shown missing = open("2026-9999");

        assertThat(foreign.chain()).containsExactly(PageNotFoundInLayout.class, MainLayout.class);
        assertThat(foreign).isEqualTo(missing);
        assertThat(foreign.text()).contains("Pagina niet gevonden", "Naar de zaken")
                .doesNotContain(annasCase, "Geluidsoverlast", "Could not navigate");
    }
}
