package nl.brug.reporting.ui;

import java.util.List;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;

import nl.brug.reporting.OutcomeFigures;
import nl.brug.reporting.ReportFormats;
import nl.brug.reporting.chart.BarChartSvg;

/**
 * One breakdown of the report (by status, kind, theme or outcome) twice: as a table, which screen readers
 * and keyboard users read, and as a bar chart drawn on the server. Every value of the enum has a row, zeros
 * included, in the enum's order, so reports of different periods line up.
 */
final class BreakdownSection extends Section {

    BreakdownSection(OutcomeFigures.Breakdown breakdown) {
        String id = breakdown.id();
        setId(id);
        addClassName("brug-breakdown");
        H3 heading = new H3(breakdown.title());
        heading.setId(id + "-title");
        add(heading);
        Div body = new Div(table(heading.getId().orElseThrow(), breakdown.labelHeader(), breakdown.bars(),
                breakdown.total()), chart(breakdown.chartSvg()));
        body.addClassName("brug-breakdown-body");
        add(body);
    }

    private NativeTable table(String headingId, String labelHeader, List<BarChartSvg.Bar> bars, long total) {
        NativeTable table = new NativeTable();
        table.addClassName("brug-report-table");
        table.getElement().setAttribute("aria-labelledby", headingId);
        NativeTableRow header = table.getHead().addRow();
        header.add(columnHeader(labelHeader), numberHeader(getTranslation("outcomes.column.count")));
        for (BarChartSvg.Bar bar : bars) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell label = new NativeTableHeaderCell(bar.label());
            label.getElement().setAttribute("scope", "row");
            row.add(label, number(bar.value()));
        }
        NativeTableRow footer = table.getFoot().addRow();
        NativeTableHeaderCell totalLabel = new NativeTableHeaderCell(getTranslation("outcomes.column.total"));
        totalLabel.getElement().setAttribute("scope", "row");
        footer.add(totalLabel, number(total));
        return table;
    }

    private static NativeTableHeaderCell columnHeader(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static NativeTableHeaderCell numberHeader(String text) {
        NativeTableHeaderCell cell = columnHeader(text);
        cell.addClassName("brug-number");
        return cell;
    }

    private NativeTableCell number(long value) {
        NativeTableCell cell = new NativeTableCell(ReportFormats.count(value, getLocale()));
        cell.addClassName("brug-number");
        return cell;
    }

    /**
     * Vaadin's {@code Svg} sets the markup as {@code innerHTML} of a {@code div}, so the browser parses it
     * as SVG, attributes and all. An {@code Html} component with {@code <svg>} as its root draws too, but
     * its parser lower-cases the root's attributes, so {@code viewBox} arrives as {@code viewbox}, which
     * SVG ignores, and the chart no longer shrinks on a tablet (measured in Chromium).
     */
    private Div chart(String svg) {
        Div chart = new Div(new Svg(svg));
        chart.addClassName("brug-chart");
        return chart;
    }
}
