package nl.brug.mediationcase.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.CaseDetails.HistoryView;

/**
 * Every change of status (when, who, from, to, why) and every other event in the case's history, such as a
 * note made confidential. Read-only, as it is in the database.
 */
class HistorySection extends VerticalLayout {

    HistorySection(List<HistoryView> history) {
        setPadding(false);
        Grid<HistoryView> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addColumn(h -> DisplayFormats.dateTime(h.changedAt())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true);
        grid.addColumn(HistoryView::actor).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(h -> h.event() != null || h.from() == null ? "—" : getTranslation(h.from().messageKey()))
                .setHeader(getTranslation("history.from"));
        // An event that changes no status says what happened where the new status would stand.
        grid.addColumn(h -> getTranslation(h.event() != null ? h.event().messageKey() : h.to().messageKey()))
                .setHeader(getTranslation("history.to"));
        grid.addColumn(this::why).setHeader(getTranslation("history.why")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("history.empty"));
        grid.setItems(history);
        add(grid);
    }

    private String why(HistoryView entry) {
        if (entry.noteWrittenAt() != null) {
            return getTranslation("history.note", DisplayFormats.dateTime(entry.noteWrittenAt()));
        }
        return Optional.ofNullable(entry.reason()).orElse("");
    }
}
