package nl.brug.base.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;

/**
 * A table's less important columns step aside on a narrow window — a tablet, or a small laptop with the
 * side navigation open — so the rest fits without sideways scrolling and the title keeps its room. What
 * they show stays reachable: on the record's own page, and in the filters above the list.
 */
public final class NarrowScreens {

    /** Below this window width (in CSS pixels) the columns given to {@link #hideColumns} are hidden. */
    public static final int WIDE_FROM = 1280;

    private NarrowScreens() {
    }

    public static void hideColumns(Grid<?> grid, Grid.Column<?>... columns) {
        List<Grid.Column<?>> optional = List.of(columns);
        grid.addAttachListener(attach -> {
            // Asked afresh on every attach: the window may have been resized since the page was loaded.
            grid.getElement().executeJs("return window.innerWidth")
                    .then(Integer.class, width -> show(optional, width));
            Registration resize = attach.getUI().getPage()
                    .addBrowserWindowResizeListener(event -> show(optional, event.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void show(List<Grid.Column<?>> columns, int windowWidth) {
        boolean wide = windowWidth >= WIDE_FROM;
        columns.forEach(column -> column.setVisible(wide));
    }
}
