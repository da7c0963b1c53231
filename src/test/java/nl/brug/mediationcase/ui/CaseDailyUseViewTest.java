package nl.brug.mediationcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;

import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.CaseWorkService;
import nl.brug.mediationcase.MutableClock;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.ProcedureKind;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.WithBrugUser;

/** What a mediator sees in daily use: a closed case offers no editing, refusals stay in place, deadlines shout. */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
@WithBrugUser(username = "anna", displayName = "Anna de Vries", roles = Role.MEDIATOR)
class CaseDailyUseViewTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    CaseService cases;
    @Autowired
    CaseWorkService work;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    private String register(PartyData... parties) {
        return cases.register(new CaseRegistration(CaseOverview.of("Burenruzie", CaseKind.HORIZONTAL,
                Theme.NEIGHBOUR_NUISANCE, Source.PARTY_ITSELF), List.of(parties)));
    }

    private void open(String reference) {
        UI.getCurrent().navigate("cases/" + reference);
        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
    }

    /** Only the selected section of the case page is attached, as in the browser. */
    private void showSection(String label) {
        TabSheet sections = $(TabSheet.class).id("case-sections");
        for (int i = 0; i < sections.getTabCount(); i++) {
            if (label.equals(sections.getTabAt(i).getLabel())) {
                sections.setSelectedIndex(i);
                return;
            }
        }
        throw new AssertionError("No section " + label);
    }

    private List<Button> buttons(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText()) && b.isVisible()).toList();
    }

    @Test
    void aClosedCaseOffersNothingToEditAndSaysWhy() {
        String ref = register(PartyData.person("Piet Post", PartyRole.REQUESTING_PARTY));
        cases.transition(ref, cases.details(ref).version(),
                TransitionRequest.close(Outcome.WITHDRAWN, null, "Piet trekt zich terug"));
        open(ref);

        showSection("Overzicht");
        assertThat(buttons("Bewerken")).isEmpty();
        showSection("Journaal");
        assertThat(buttons("Notitie toevoegen")).isEmpty();
        showSection("Partijen");
        assertThat(buttons("Partij toevoegen")).isEmpty();
        showSection("Afspraken");
        assertThat(buttons("Afspraak toevoegen")).isEmpty();
        showSection("Gesprekken");
        assertThat(buttons("Gesprek plannen")).isEmpty();
        assertThat($(Span.class).id("case-closed-notice").getText()).contains("alleen nog in te zien");
    }

    @Test
    void aRefusedStepIsExplainedUnderTheButtonsNamesThePartyAndStays() {
        String ref = register(PartyData.person("Piet Post", PartyRole.REQUESTING_PARTY),
                PartyData.person("Fatma Yilmaz", PartyRole.OTHER_PARTY).withConsent(clock.today()));
        cases.transition(ref, cases.details(ref).version(), TransitionRequest.forward(CaseStatus.INTAKE));
        open(ref);

        test(buttons("Naar In bemiddeling").getFirst()).click();

        Div message = $(Div.class).id("case-message");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(message.getElement().getTextRecursively()).contains("Piet Post").doesNotContain("Fatma");
        assertThat($(Notification.class).all()).isEmpty();
        assertThat(cases.details(ref).status()).isEqualTo(CaseStatus.INTAKE);
    }

    @Test
    void anOrdinaryNoteIsMadeConfidentialAfterConfirmation() {
        String ref = register(PartyData.person("Piet Post", PartyRole.REQUESTING_PARTY));
        work.addNote(ref, "Piet vertelde over zijn schulden", false);
        open(ref);
        showSection("Journaal");

        test(buttons("Vertrouwelijk maken").getFirst()).click();
        test($(ConfirmDialog.class).first()).confirm();

        assertThat(cases.details(ref).notes().getFirst().confidential()).isTrue();
        assertThat(buttons("Vertrouwelijk maken")).isEmpty();
        assertThat($(Span.class).withClassName("brug-confidential-banner").first().getElement().getTextRecursively())
                .contains("alleen de bemiddelaars van deze zaak");
    }

    @Test
    void aPassedDeadlineStandsFirstOnMijnWerkInRed() {
        LocalDate passed = clock.today().minusDays(3);
        CaseOverview overview = CaseOverview.of("Bezwaar tegen boete", CaseKind.VERTICAL, Theme.PUBLIC_SERVICE,
                Source.MUNICIPALITY).withProcedure(ProcedureKind.OBJECTION, "BZ-7", passed);
        String ref = cases.register(new CaseRegistration(overview, List.of(
                PartyData.person("Ali Bakir", PartyRole.REQUESTING_PARTY),
                PartyData.publicBody("Gemeente Utrecht", PartyRole.OTHER_PARTY, "Mevr. Jansen", true)), null, true));

        UI.getCurrent().navigate("");
        Section first = $(Section.class).first();
        assertThat(first.getId()).contains("mywork-deadlines");
        ListItem line = $(ListItem.class).withClassName("brug-overdue").first();
        assertThat(line.getElement().getTextRecursively()).contains(ref).contains("termijn verlopen sinds")
                .contains(nl.brug.base.DisplayFormats.date(passed));

        open(ref);
        assertThat($(Span.class).id("case-deadline").getText()).contains("termijn verlopen sinds");
        assertThat($(Span.class).id("case-deadline").getClassNames()).contains("brug-overdue");
    }

    @Test
    @WithBrugUser(username = "carla", displayName = "Carla Jansen", roles = Role.SUPERVISOR)
    void aSupervisorIsToldWhatHappensAndMayChooseTheLeadWhenRegistering() {
        UI.getCurrent().navigate("cases/new");
        assertThat($(Paragraph.class).first().getText()).contains("intakewachtrij").doesNotContain("U wordt");
        assertThat($(ComboBox.class).id("register-lead").isVisible()).isTrue();
    }

    @Test
    void aMediatorIsToldTheyBecomeTheLead() {
        UI.getCurrent().navigate("cases/new");
        assertThat($(Paragraph.class).first().getText()).contains("U wordt hoofdbemiddelaar");
        assertThat($(ComboBox.class).withId("register-lead").all()).isEmpty();
    }
}
