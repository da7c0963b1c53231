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
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.MutableClock;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.mediationcase.retention.RetentionDue;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.WithBrugUser;

/** The supervisors' retention page: what is due soon, and postponing it with a date and a reason. */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
@WithBrugUser(username = "sanne", displayName = "Sanne Bakker", roles = {Role.MEDIATOR, Role.SUPERVISOR})
class RetentionViewTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    CaseService cases;
    @Autowired
    MutableClock clock;

    private LocalDate today;
    private String reference;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    /** Registered and closed by Sanne as mediator (the signed-in user exists from here, not before each). */
    private void aCaseClosedAlmostTwoYearsAgo() {
        today = clock.today();
        clock.setDate(today.minusYears(2).plusDays(10));
        reference = cases.register(new CaseRegistration(CaseOverview.of("Schutting", CaseKind.HORIZONTAL,
                Theme.PETS_AND_GARDENS, Source.PARTY_ITSELF), List.of(PartyData.person("Jan Jansen",
                PartyRole.REQUESTING_PARTY))));
        cases.transition(reference, cases.details(reference).version(),
                TransitionRequest.close(Outcome.WITHDRAWN, null, "Teruggetrokken"));
        clock.setDate(today);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSupervisorSeesTheCaseDueAndPostponesItWithADateAndAReason() {
        aCaseClosedAlmostTwoYearsAgo();
        UI.getCurrent().navigate("retention");
        assertThat($(Paragraph.class).id("retention-rule").getText()).contains("2 jaar na het sluiten");
        GridTester<Grid<RetentionDue>, RetentionDue> grid = test($(Grid.class).id("retention-grid"), RetentionDue.class);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).reference()).isEqualTo(reference);
        assertThat(grid.getCellText(0, 3)).isEqualTo(DisplayFormats.date(today.plusDays(11)));

        test((Button) grid.getCellComponent(0, 5)).click();
        test($(Button.class).id("retention-save")).click();
        assertThat($(TextArea.class).id("retention-reason").getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat($(DatePicker.class).id("retention-until").isInvalid()).isTrue();

        test($(DatePicker.class).id("retention-until")).setValue(today.plusMonths(6));
        test($(TextArea.class).id("retention-reason")).setValue("Rechtszaak loopt nog");
        test($(Button.class).id("retention-save")).click();

        assertThat($(Button.class).withId("retention-save").all()).as("the dialog closed").isEmpty();
        GridTester<Grid<RetentionDue>, RetentionDue> after = test($(Grid.class).id("retention-grid"), RetentionDue.class);
        assertThat(after.size()).as("no longer due within 30 days").isZero();
        assertThat(cases.details(reference).history()).anyMatch(h -> "Rechtszaak loopt nog".equals(h.reason()));
    }
}
