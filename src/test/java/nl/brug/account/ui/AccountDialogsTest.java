package nl.brug.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;

import nl.brug.account.AccountService;
import nl.brug.account.AccountSummary;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;
import nl.brug.testsupport.WithBrugUser;

/** The account dialogs say why an action was refused the way every Brug page does (the shared runner). */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
@WithBrugUser(username = "beheer", displayName = "Bram Beheer", roles = Role.ADMIN)
class AccountDialogsTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountService service;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @SuppressWarnings("unchecked")
    private void manage(String displayName) {
        UI.getCurrent().navigate("accounts");
        GridTester<Grid<AccountSummary>, AccountSummary> grid = test($(Grid.class).single(), AccountSummary.class);
        int row = IntStream.range(0, grid.size()).filter(i -> grid.getCellText(i, 0).equals(displayName)).findFirst()
                .orElseThrow();
        grid.clickRow(row);
        assertThat($(Dialog.class).all()).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Role> roles() {
        return $(CheckboxGroup.class).id("account-roles");
    }

    @Test
    void savingRolesThatAnotherAdministratorChangedMeanwhileSaysSoAndOpensTheAccountAgainAsItIsNow() {
        accounts.create("kees", Role.MEDIATOR);
        manage("Kees");
        // Another administrator makes Kees a supervisor while this dialog is open.
        AccountSummary kees = service.find(accounts.get("kees").requireId()).orElseThrow();
        service.changeRoles(kees.id(), kees.version(), EnumSet.of(Role.MEDIATOR, Role.SUPERVISOR));

        test(roles()).selectItem("Beheerder");
        test($(Button.class).id("save-roles")).click();

        Notification stale = $(Notification.class).single();
        assertThat($(Span.class, stale).first().getText())
                .isEqualTo("Dit account is intussen door iemand anders gewijzigd. Open het opnieuw.");
        assertThat(service.find(kees.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.MEDIATOR,
                Role.SUPERVISOR);

        test($(Button.class, stale).withText("Opnieuw openen").single()).click();

        assertThat($(Dialog.class).all()).hasSize(1);
        assertThat(roles().getValue()).as("the dialog shows the account as it is now")
                .isEqualTo(Set.of(Role.MEDIATOR, Role.SUPERVISOR));
    }

    @Test
    void aRefusalThatConcernsNoFieldIsSaidInTheDialog() {
        accounts.create("tweede", Role.ADMIN);
        manage("Bram Beheer");

        test($(Button.class).id("toggle-active")).click();

        Div message = $(Div.class).id("account-message");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getElement().getTextRecursively()).isEqualTo("U kunt uw eigen account niet deactiveren.");
        assertThat($(Notification.class).all()).isEmpty();
        assertThat($(Dialog.class).all()).as("the dialog stays open").hasSize(1);
    }
}
