package nl.brug.conflictofinterest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import nl.brug.conflictofinterest.ConflictOfInterestService;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.WithBrugUser;

/** The mediator's own page: entries are checked next to their field, in Dutch, and the lists follow each change. */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
@WithBrugUser(username = "anna", displayName = "Anna de Vries", roles = Role.MEDIATOR)
class ConflictsOfInterestViewTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    ConflictOfInterestService conflicts;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    private void openThePage() {
        UI.getCurrent().navigate("conflicts-of-interest");
        assertThat(getCurrentView()).isInstanceOf(ConflictsOfInterestView.class);
    }

    private TextField field(String id) {
        return $(TextField.class).id(id);
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private int rows(String gridId) {
        return test($(Grid.class).id(gridId)).size();
    }

    @Test
    void anEmptyOrTooLongEntryIsRefusedNextToItsFieldAndNothingIsSaved() {
        openThePage();

        click("add-neighbourhood");
        test(field("conflict-known-name")).setValue("x".repeat(201));
        click("add-known-person");

        assertThat(field("conflict-neighbourhood").isInvalid()).isTrue();
        assertThat(field("conflict-neighbourhood").getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(field("conflict-known-name").getErrorMessage()).isEqualTo("Hoogstens 200 tekens.");
        assertThat(conflicts.mine().neighbourhoods()).isEmpty();
        assertThat(conflicts.mine().people()).isEmpty();
    }

    @Test
    void aMediatorAddsANeighbourhoodAndANameAndRemovesThemAgain() {
        openThePage();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all())
                .anyMatch(p -> p.getText().contains("Alleen u ziet deze lijst"));

        test(field("conflict-neighbourhood")).setValue("Lombok");
        test(field("conflict-municipality")).setValue("Utrecht");
        click("add-neighbourhood");
        test(field("conflict-known-name")).setValue("Jan de Vries");
        click("add-known-person");

        assertThat(rows("conflict-neighbourhoods")).isEqualTo(1);
        assertThat(rows("conflict-people")).isEqualTo(1);
        assertThat(field("conflict-neighbourhood").getValue()).as("the form is empty for the next one").isEmpty();
        assertThat(conflicts.mine().people()).extracting(p -> p.name()).containsExactly("Jan de Vries");

        test(field("conflict-known-name")).setValue("jan de vries");
        click("add-known-person");
        assertThat(field("conflict-known-name").getErrorMessage()).isEqualTo("Deze staat al op uw lijst.");

        Button remove = (Button) test($(Grid.class).id("conflict-people")).getCellComponent(0, 1);
        assertThat(remove.getAriaLabel()).contains("Verwijderen: Jan de Vries");
        test(remove).click();
        assertThat(rows("conflict-people")).isZero();
        assertThat(conflicts.mine().people()).isEmpty();
        assertThat(conflicts.mine().neighbourhoods()).hasSize(1);
    }
}
