package nl.brug.mediationcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Section;

import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.WithBrugUser;

/** On an installation without cases, every list of work says why it is empty and what brings work into it. */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
class EmptyWorkListsViewTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;

    @BeforeEach
    void noCases() {
        database.clear();
    }

    private String sectionText(String id) {
        return $(Section.class).id(id).getElement().getTextRecursively();
    }

    @Test
    @WithBrugUser(username = "anna", roles = Role.MEDIATOR)
    void myWorkSaysPerListWhyItIsEmpty() {
        UI.getCurrent().navigate("");

        assertThat(sectionText("mywork-cases")).contains("U heeft geen open zaken. Meld een zaak aan via Zaken");
        assertThat(sectionText("mywork-sessions")).contains("Geen gesprekken in de komende 14 dagen.");
        assertThat(sectionText("mywork-items")).contains("Geen open afspraken die in de komende 7 dagen verlopen.");
        assertThat(sectionText("mywork-followups")).contains("Geen nazorg aan de beurt.");
        assertThat(sectionText("mywork-deadlines")).contains("in de komende 21 dagen");
        assertThat(sectionText("mywork-returned")).contains("Geen zaken teruggestuurd.");
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Niets op dit moment.");
    }

    @Test
    @WithBrugUser(username = "carla", roles = Role.SUPERVISOR)
    void theSupervisorsQueuesSayWhyTheyAreEmpty() {
        UI.getCurrent().navigate("intake-queue");
        assertThat($(Grid.class).id("intake-unassigned").getEmptyStateText())
                .isEqualTo("Elke aangemelde zaak heeft een hoofdbemiddelaar. Nieuwe aanmeldingen zonder bemiddelaar"
                        + " verschijnen hier.");
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Geen open zaken met een gedeactiveerde bemiddelaar.");

        UI.getCurrent().navigate("review-queue");
        assertThat($(Grid.class).id("review-queue-grid").getEmptyStateText())
                .startsWith("Geen zaken te beoordelen. Een zaak komt hier zodra een bemiddelaar haar afsluit");
    }
}
