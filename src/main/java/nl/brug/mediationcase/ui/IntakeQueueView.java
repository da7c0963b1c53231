package nl.brug.mediationcase.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;
import nl.brug.account.AccountService;
import nl.brug.base.BrugClock;
import nl.brug.base.ui.Notifications;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseListItem;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.supervision.CaseIntakeQueueService;

/**
 * The supervisors' intake queue: registered cases without a lead mediator (paged in the database), and
 * open cases whose mediator was deactivated. Each row offers "Toewijzen"; an assigned case leaves the list.
 */
@Route("intake-queue")
@Menu(title = "nav.intakeQueue", order = 20, icon = "INBOX")
@RolesAllowed("SUPERVISOR")
class IntakeQueueView extends VerticalLayout implements HasDynamicTitle {

    private final CaseIntakeQueueService queue;
    private final CaseService cases;
    private final AccountService accounts;
    private final BrugClock clock;
    private final Grid<CaseListItem> unassigned = QueueGrids.caseGrid("intake-unassigned", false);
    private final Grid<CaseListItem> needingMediator = QueueGrids.caseGrid("intake-needs-mediator", true);
    private final Span count = new Span();
    private final Paragraph noneNeedingMediator = new Paragraph();
    private final CaseActionRunner runner = new CaseActionRunner(this, this::refresh);

    IntakeQueueView(CaseIntakeQueueService queue, CaseService cases, AccountService accounts, BrugClock clock) {
        this.queue = queue;
        this.cases = cases;
        this.accounts = accounts;
        this.clock = clock;
        addClassName("brug-page");

        count.setId("intake-count");
        count.addClassName("brug-muted");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("intake.title")), count);
        header.setAlignItems(Alignment.BASELINE);

        unassigned.addComponentColumn(item -> QueueGrids.overdueMark(unassigned, item)).setAutoWidth(true);
        unassigned.addComponentColumn(this::assignButton).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        unassigned.setItems(query -> queue.unassigned(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        unassigned.setHeight("24rem");
        unassigned.setEmptyStateText(getTranslation("intake.empty.unassigned"));

        needingMediator.addComponentColumn(this::assignButton).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        needingMediator.setAllRowsVisible(true);
        noneNeedingMediator.setText(getTranslation("intake.none"));

        Paragraph needsHelp = new Paragraph(getTranslation("intake.needsMediator.help"));
        needsHelp.addClassName("brug-muted");
        add(header, runner.pageMessage(), new H3(getTranslation("intake.unassigned")), unassigned,
                new H3(getTranslation("intake.needsMediator")), needsHelp, noneNeedingMediator, needingMediator);
        refresh();
    }

    private Button assignButton(CaseListItem item) {
        Button assign = new Button(getTranslation("intake.assign"), e -> openAssignDialog(item));
        assign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        assign.getElement().setAttribute("aria-label", getTranslation("intake.assign") + " " + item.reference());
        return assign;
    }

    /** Loads the case now, so the assignment is checked against the version the supervisor decides on. */
    private void openAssignDialog(CaseListItem item) {
        CaseDetails details = cases.details(item.reference());
        CasePage page = CasePage.of(details, runner, () -> {
            Notifications.success(getTranslation("intake.assigned", item.reference()));
            refresh();
        }, clock);
        new AssignMediatorsDialog(page, details.overview(), cases, accounts).open();
    }

    private void refresh() {
        unassigned.getDataProvider().refreshAll();
        count.setText(getTranslation("intake.count", queue.unassignedCount()));
        List<CaseListItem> needing = queue.needingAnotherMediator();
        needingMediator.setItems(needing);
        needingMediator.setVisible(!needing.isEmpty());
        noneNeedingMediator.setVisible(needing.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.title");
    }
}
