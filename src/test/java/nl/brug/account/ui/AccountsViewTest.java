package nl.brug.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;

import nl.brug.account.AccountSummary;
import nl.brug.base.ui.PageNotFoundInLayout;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;
import nl.brug.testsupport.WithBrugUser;

/** Only administrators reach the account list; for everybody else the page does not exist. */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void anAdministratorSeesTheAccounts() {
        accounts.create("anna", "Anna de Vries", Set.of(Role.MEDIATOR));
        accounts.create("youssef", "Youssef El Amrani", Set.of(Role.MEDIATOR, Role.SUPERVISOR));

        UI.getCurrent().navigate("accounts");

        assertThat(getCurrentView()).isInstanceOf(AccountsView.class);
        GridTester<Grid<AccountSummary>, AccountSummary> grid = test($(Grid.class).single(), AccountSummary.class);
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getHeaderCell(0)).isEqualTo("Naam");
        assertThat(IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, 0)))
                .containsExactlyInAnyOrder("Anna de Vries", "Youssef El Amrani", "Beheer");
        assertThat(IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, 3)))
                .contains("Bemiddelaar, Coördinator");
        assertThat($(Span.class).withText("3 accounts").exists()).isTrue();
    }

    @Test
    @WithBrugUser(username = "anna", roles = Role.MEDIATOR)
    void aMediatorIsRefusedTheAccountList() {
        accounts.create("beheer", Role.ADMIN);

        UI.getCurrent().navigate("accounts");

        assertThat(getCurrentView()).isNotInstanceOf(AccountsView.class).isInstanceOf(PageNotFoundInLayout.class);
        assertThat($(Grid.class).exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "carla", roles = "SUPERVISOR")
    void aSupervisorIsRefusedTheAccountList() {
        UI.getCurrent().navigate("accounts");

        assertThat(getCurrentView()).isNotInstanceOf(AccountsView.class).isInstanceOf(PageNotFoundInLayout.class);
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void aSearchThatFindsNobodySaysSo() {
        UI.getCurrent().navigate("accounts");

        test($(com.vaadin.flow.component.textfield.TextField.class).first()).setValue("niemand");

        assertThat(test($(Grid.class).single(), AccountSummary.class).size()).isZero();
        assertThat($(Grid.class).single().getEmptyStateText())
                .isEqualTo("Geen account gevonden voor ‘niemand’. Pas de zoekterm aan of maak een nieuw account.");
    }
}
