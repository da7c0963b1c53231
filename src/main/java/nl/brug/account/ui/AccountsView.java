package nl.brug.account.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;
import nl.brug.account.AccountService;
import nl.brug.account.AccountSummary;
import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.NarrowScreens;

/**
 * Administrators' list of accounts, searched and paged in the database; create an account, and manage one
 * by clicking its row.
 */
@Route("accounts")
@Menu(title = "nav.accounts", order = 90, icon = "USERS")
@RolesAllowed("ADMIN")
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final TextField search = new TextField();
    private final Grid<AccountSummary> grid = new Grid<>();
    private final Span count = new Span();

    AccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("brug-page");
        setSizeFull();

        search.setPlaceholder(getTranslation("accounts.search"));
        search.setAriaLabel(getTranslation("accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        // Fixed starting widths and wrapping cells: one long name or address no longer pushes the rest out.
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.displayName"))
                .setSortProperty("displayName").setWidth("10rem").setFlexGrow(2);
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("accounts.username"))
                .setSortProperty("usernameKey").setWidth("7rem");
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("accounts.email"))
                .setSortProperty("email").setWidth("9rem").setFlexGrow(2);
        grid.addColumn(account -> account.roles().stream().map(role -> getTranslation(role.messageKey()))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("accounts.roles"));
        grid.addColumn(account -> getTranslation(account.enabled() ? "accounts.enabled" : "accounts.disabled")
                + (account.locked() ? " — " + getTranslation("accounts.locked") : "")
                + (account.mustChangePassword() ? " — " + getTranslation("accounts.mustChange") : ""))
                .setHeader(getTranslation("accounts.status"));
        Grid.Column<AccountSummary> lastLogin = grid.addColumn(account -> DisplayFormats.dateTime(account.lastLoginAt()))
                .setHeader(getTranslation("accounts.lastLogin")).setSortProperty("lastLoginAt");
        NarrowScreens.hideColumns(grid, lastLogin);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> accounts.search(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        AccountDialogs dialogs = new AccountDialogs(this, accounts, this::refresh);
        grid.addItemClickListener(click -> dialogs.manageDialog(click.getItem()).open());
        // A button as well as the row click, so each account can be managed with the keyboard.
        grid.addComponentColumn(account -> {
            Button manage = new Button(getTranslation("accounts.manage"), e -> dialogs.manageDialog(account).open());
            manage.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            manage.setAriaLabel(getTranslation("accounts.manage") + " " + account.displayName());
            return manage;
        }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setId("account-grid");
        Button create = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(),
                e -> dialogs.createDialog().open());
        create.setId("new-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, count, create);
        toolbar.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("accounts.title")), toolbar, grid);
        refresh();
    }

    private void refresh() {
        // There is always an administrator, so the list is only ever empty because of the search.
        grid.setEmptyStateText(getTranslation("accounts.empty.search", search.getValue().strip()));
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("accounts.count", accounts.count(search.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
