package nl.brug.mediationcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

import nl.brug.conflictofinterest.ConflictOfInterestService;
import nl.brug.mediationcase.CaseEvent;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.CaseTestFixture;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.WithBrugUser;

/**
 * Conflicts of interest on the case page: the assign dialog warns with what matched and assigns anyway only with
 * a reason; a mediator's declared conflict takes them off the case and back to Mijn werk.
 */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
class ConflictOfInterestViewTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    CaseService cases;
    @Autowired
    ConflictOfInterestService conflicts;
    @Autowired
    CaseTestFixture fixture;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    private String register() {
        return cases.register(new CaseRegistration(CaseOverview.of("Burenruzie", CaseKind.HORIZONTAL,
                Theme.NEIGHBOUR_NUISANCE, Source.PARTY_ITSELF), List.of(PartyData.person("Piet Post",
                        PartyRole.REQUESTING_PARTY))));
    }

    private void open(String reference) {
        UI.getCurrent().navigate("cases/" + reference);
        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
    }

    private Button button(String id) {
        return $(Button.class).id(id);
    }

    private Long lead(String reference) {
        return jdbc.queryForObject("select lead_mediator_id from mediation_case where reference = ?", Long.class,
                reference);
    }

    @Test
    @WithBrugUser(username = "carla", displayName = "Carla Jansen", roles = Role.SUPERVISOR)
    void theAssignDialogWarnsWithWhatMatchedAndAssignsAnywayOnlyWithAReason() {
        BrugUser bert = fixture.mediator("bert", "Bert Bos");
        fixture.mediator("dirk", "Dirk Dekker");
        fixture.run(bert, () -> conflicts.addKnownPerson("Piet Post"));
        String reference = register();
        open(reference);

        test(button("assign-mediators")).click();
        test($(ComboBox.class).id("assign-lead")).selectItem("Bert Bos");
        test(button("assign-save")).click();

        Div warning = $(Div.class).id("assign-conflict-warning");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getElement().getTextRecursively())
                .contains("Mogelijke belangenverstrengeling")
                .contains("Bert Bos kent iemand met de naam van partij “Piet Post”.");
        assertThat(button("assign-anyway").isVisible()).isTrue();
        assertThat($(Button.class).all()).as("saving again would only warn again")
                .noneMatch(b -> b.getId().orElse("").equals("assign-save"));
        assertThat(lead(reference)).as("nothing saved yet").isNull();

        test(button("assign-anyway")).click();
        TextArea reason = $(TextArea.class).id("assign-conflict-reason");
        assertThat(reason.getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(lead(reference)).isNull();

        // Another choice is checked afresh: the warning goes.
        test($(ComboBox.class).id("assign-lead")).selectItem("Dirk Dekker");
        assertThat(warning.isVisible()).isFalse();
        test($(ComboBox.class).id("assign-lead")).selectItem("Bert Bos");
        test(button("assign-save")).click();
        test($(TextArea.class).id("assign-conflict-reason")).setValue("Kent Piet alleen van de buurtvereniging");
        test(button("assign-anyway")).click();

        assertThat(lead(reference)).isEqualTo(bert.accountId());
        assertThat(jdbc.queryForObject("select reason from case_history where event = ?", String.class,
                CaseEvent.CONFLICT_OVERRIDDEN.name())).isEqualTo("Kent Piet alleen van de buurtvereniging");
    }

    @Test
    @WithBrugUser(username = "anna", displayName = "Anna de Vries", roles = Role.MEDIATOR)
    void aLeadWhoDeclaresAConflictLeavesTheCaseForMijnWerk() {
        String reference = register();
        open(reference);

        test(button("declare-conflict")).click();
        test($(TextArea.class).id("declare-conflict-reason")).setValue("Piet is mijn oud-buurman");
        test(button("declare-conflict-confirm")).click();

        assertThat(getCurrentView()).isInstanceOf(MyWorkView.class);
        assertThat(lead(reference)).isNull();
        assertThat(jdbc.queryForObject("select reason from case_history where event = ?", String.class,
                CaseEvent.CONFLICT_DECLARED.name())).isEqualTo("Piet is mijn oud-buurman");
    }
}
