package nl.brug.mediationcase.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;
import nl.brug.mediationcase.CaseListItem;
import nl.brug.mediationcase.supervision.CaseReviewService;
/**
 * Closed cases awaiting a supervisor's review, the longest closed first, paged in the database. A row
 * opens the case, where the tab "Beoordeling" holds the verdict.
 */
@Route("review-queue")
@Menu(title = "nav.reviewQueue", order = 30, icon = "CHECK_SQUARE_O")
@RolesAllowed("SUPERVISOR")
class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    ReviewQueueView(CaseReviewService reviews) {
        addClassName("brug-page");
        setSizeFull();
        Span count = new Span(getTranslation("review.queue.count", reviews.reviewQueueCount()));
        count.setId("review-count");
        count.addClassName("brug-muted");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("review.queue.title")), count);
        header.setAlignItems(Alignment.BASELINE);
        Paragraph help = new Paragraph(getTranslation("review.queue.help"));
        help.addClassName("brug-muted");

        Grid<CaseListItem> grid = QueueGrids.caseGrid("review-queue-grid", false);
        grid.addColumn(item -> item.outcome() == null ? "" : getTranslation(item.outcome().messageKey()))
                .setHeader(getTranslation("case.outcome")).setAutoWidth(true);
        grid.setItems(query -> reviews.reviewQueue(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("review.queue.empty"));
        grid.addItemClickListener(click -> CaseView.open(click.getItem().reference()));
        grid.setSizeFull();
        add(header, help, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.queue.title");
    }
}
