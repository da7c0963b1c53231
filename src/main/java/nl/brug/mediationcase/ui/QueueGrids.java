package nl.brug.mediationcase.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.NarrowScreens;
import nl.brug.mediationcase.CaseListItem;

/** The columns the supervisors' queues share, so the intake and review queues read alike. */
final class QueueGrids {

    private QueueGrids() {
    }

    /**
     * Reference (a link to the case), title, status (where it differs between rows), kind, registration date
     * and lead mediator.
     */
    static Grid<CaseListItem> caseGrid(String id, boolean withStatus) {
        Grid<CaseListItem> grid = new Grid<>();
        grid.setId(id);
        grid.addComponentColumn(item -> CaseView.link(item.reference(), item.reference()))
                .setHeader(grid.getTranslation("case.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CaseListItem::title).setHeader(grid.getTranslation("case.title")).setWidth("14rem")
                .setFlexGrow(3);
        if (withStatus) {
            grid.addComponentColumn(item -> new StatusBadge(item.status()))
                    .setHeader(grid.getTranslation("case.status")).setAutoWidth(true);
        }
        Grid.Column<CaseListItem> kind = grid.addColumn(item -> grid.getTranslation(item.kind().messageKey()))
                .setHeader(grid.getTranslation("case.kind")).setAutoWidth(true);
        Grid.Column<CaseListItem> registered = grid.addColumn(item -> DisplayFormats.date(item.registeredOn()))
                .setHeader(grid.getTranslation("case.registeredOn")).setAutoWidth(true);
        grid.addColumn(item -> item.leadMediator() == null ? grid.getTranslation("case.unassigned") : item.leadMediator())
                .setHeader(grid.getTranslation("case.lead")).setWidth("9rem");
        // On a tablet the title, the mediator and the queue's own action need the room; an overdue intake is
        // marked in its own column.
        NarrowScreens.hideColumns(grid, kind, registered);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        return grid;
    }

    static Span overdueMark(Grid<?> grid, CaseListItem item) {
        Span overdue = new Span(item.intakeOverdue() ? grid.getTranslation("case.intakeOverdue") : "");
        overdue.addClassName("brug-overdue");
        return overdue;
    }
}
