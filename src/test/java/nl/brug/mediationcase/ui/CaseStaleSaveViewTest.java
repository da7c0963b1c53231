package nl.brug.mediationcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;

import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.MutableClock;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.WithBrugUser;

/**
 * A case page that someone else saved meanwhile: the case's runner (the shared one with the case's refusals)
 * names who saved and when, and its reload shows the case as it is now.
 */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
@WithBrugUser(username = "anna", displayName = "Anna de Vries", roles = Role.MEDIATOR)
class CaseStaleSaveViewTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    CaseService cases;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    private List<Button> buttons(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText()) && b.isVisible()).toList();
    }

    @Test
    void aStepOnAnOutdatedPageNamesWhoSavedFirstAndReloadingShowsTheCaseAsItIsNow() {
        String ref = cases.register(new CaseRegistration(CaseOverview.of("Burenruzie", CaseKind.HORIZONTAL,
                Theme.NEIGHBOUR_NUISANCE, Source.PARTY_ITSELF),
                List.of(PartyData.person("Piet Post", PartyRole.REQUESTING_PARTY))));
        UI.getCurrent().navigate("cases/" + ref);
        assertThat(getCurrentView()).isInstanceOf(CaseView.class);

        // The same case saved elsewhere (another tab, the other mediator) after this page was shown.
        clock.advance(Duration.ofMinutes(5));
        CaseDetails loaded = cases.details(ref);
        cases.updateOverview(ref, loaded.version(), loaded.overview().facts().withDescription("Elders bijgewerkt"));

        test(buttons("Naar Intake").getFirst()).click();

        Notification stale = $(Notification.class).single();
        assertThat($(Span.class, stale).first().getText()).isEqualTo("Deze zaak is gewijzigd door Anna de Vries op "
                + DisplayFormats.dateTime(clock.instant()) + ". Laad de zaak opnieuw; uw invoer is niet opgeslagen.");
        assertThat(cases.details(ref).status()).isEqualTo(CaseStatus.REGISTERED);

        test($(Button.class, stale).withText("Opnieuw laden").single()).click();
        test(buttons("Naar Intake").getFirst()).click();

        assertThat(cases.details(ref).status()).isEqualTo(CaseStatus.INTAKE);
    }
}
